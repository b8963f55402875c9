/**
 * The zh-Hans copies' words, by the English of the sources (dashboards/src/locale.ts). The vocabulary is
 * docs/zh-Hans-glossary.md's, the one of the plugins' own zh-Hans strings: tests/dashboards/locales.test.ts
 * fails on a word it rejects, on English left in a copy, and on an entry no dashboard uses.
 *
 * A new or reworded English string of a dashboard needs its line here: `npm run dashboards` lists the
 * ones missing.
 */
export const ZH_HANS: Readonly<Record<string, string>> = {
  // shared by every dashboard: the pack's list, the filters, tags
  'Sales Performance': '销售绩效',
  'sales-performance': '销售绩效',
  Region: '区域',
  Team: '团队',
  Rep: '销售代表',
  Product: '产品',
  Channel: '渠道',
  'So far': '至今',
  Now: '当前',
  'vs same day last quarter': '较上季同日',
  'The change compares with last quarter up to the same day and hour.': '变化与上季同一天同一时刻为止相比。',
  Target: '目标',
  'Run-rate projection': '按当前速度预计',
  'Pipeline forecast': '按商机预测',
  'Collections by month, last 13 months': '近 13 个月每月回款额',

  // Customers and collections
  'Customers and collections': '客户与回款',
  'Customers this quarter (new, active, by tier), collections and receivables overdue now, satisfaction (CSAT and NPS), and acquisition cost against lifetime value by channel; monthly trends over the last 13 months.':
    '本季客户（新增、活跃、按客户等级）、回款额与当前逾期应收款、客户满意度（CSAT 与 NPS），以及各渠道获客成本与客户终身价值的对比；近 13 个月的每月趋势。',
  customers: '客户',
  collections: '回款',
  'New customers this quarter': '本季新增客户',
  'Customers whose first won deal closed this quarter. The change compares with last quarter up to the same day and hour.':
    '首笔赢单在本季结单的客户。变化与上季同一天同一时刻为止相比。',
  'Active customers this quarter': '本季活跃客户',
  'Customers with a deal won this quarter. The change compares with last quarter up to the same day and hour.':
    '本季有赢单的客户。变化与上季同一天同一时刻为止相比。',
  'Collection rate this quarter': '本季回款率',
  'Of the invoices that fell due this quarter so far, the share of their amount paid. The change compares with last quarter up to the same day and hour.':
    '本季至今到期的发票中已回款金额的占比。变化与上季同一天同一时刻为止相比。',
  'Overdue receivables': '逾期应收款',
  'Unpaid amount of the invoices due before today, whenever issued. The change compares with the same day of last quarter, rebuilt from the dates recorded (deals created and closed, leads assigned, payments received) with today’s amounts.':
    '今天之前到期、尚未回款的发票金额，不论开票日期。变化与上季同一天相比：按记录的日期（商机创建与结单、线索分配、回款到账）以今天的金额重建。',
  'CSAT this quarter': '本季客户满意度（CSAT）',
  'Mean satisfaction score (1–5) of the responses this quarter. The change compares with last quarter up to the same day and hour.':
    '本季回访的平均满意度评分（1–5）。变化与上季同一天同一时刻为止相比。',
  'NPS this quarter': '本季净推荐值（NPS）',
  'Net promoter score (−100 to 100) of the responses this quarter; its change in points. The change compares with last quarter up to the same day and hour.':
    '本季回访的净推荐值（−100 至 100），变化以分计。变化与上季同一天同一时刻为止相比。',
  'New and active customers by month, last 13 months': '近 13 个月每月新增与活跃客户',
  'Customers whose first won deal closed in the month (bars), and customers with a deal won in it (line); this month so far.':
    '首笔赢单在当月结单的客户（柱），以及当月有赢单的客户（线）；本月截至目前。',
  'Customers and deals this quarter, by tier': '本季各客户等级的客户与商机',
  'Active and new customers, bookings, average deal and win rate of the deals closed this quarter, by customer tier.':
    '按客户等级：活跃客户、新增客户，以及本季结单商机的成交额、平均成交金额与赢单率。',
  'Payments received each month (filled bars) against the invoices falling due that month (outlined bars), and the share of those invoices paid so far (line); this month so far.':
    '每月回款额（实心柱）与当月到期的发票金额（空心柱），以及这些发票至今已回款的占比（线）；本月截至目前。',
  'Overdue receivables by team': '各团队逾期应收款',
  'Unpaid amount of the invoices due before today, whenever issued, now; the key figure’s total by team.':
    '今天之前到期、尚未回款的发票金额（当前，不论开票日期）；即关键指标的总额按团队拆分。',
  'CSAT and NPS by month, last 13 months': '近 13 个月每月客户满意度与净推荐值',
  'Mean satisfaction score (1–5, left) and net promoter score (−100 to 100, right) of the responses each month; this month so far.':
    '每月回访的平均满意度评分（1–5，左轴）与净推荐值（−100 至 100，右轴）；本月截至目前。',
  'CSAT and NPS this quarter, by tier': '本季各客户等级的客户满意度与净推荐值',
  'Mean satisfaction score (1–5) and net promoter score (−100 to 100) of this quarter’s responses.':
    '本季回访的平均满意度评分（1–5）与净推荐值（−100 至 100）。',
  'CAC and LTV this quarter, by channel': '本季各渠道获客成本与客户终身价值',
  'Marketing spend this quarter per new customer this quarter (CAC), won amount per customer since the first deal (LTV) and their ratio; 3× or more is the usual aim.':
    '本季营销投入 ÷ 本季新增客户（CAC）、每位客户自首笔商机以来的赢单金额（LTV）及两者之比；通常以 3 倍及以上为目标。',
  'CAC against LTV this quarter, by channel': '本季各渠道获客成本对比客户终身价值',
  'Marketing spend this quarter per new customer (CAC) beside won amount per customer since the first deal (LTV).':
    '本季每位新增客户的营销投入（CAC）与每位客户自首笔商机以来的赢单金额（LTV）并列。',

  // Sales executive wall
  'Sales executive wall': '销售业绩大屏',
  'This quarter at a glance for a wall-mounted 1920×1080 screen: open it in kiosk mode with the dark theme (the link above does). Refreshes every minute.':
    '本季业绩一览，供壁挂 1920×1080 屏幕使用：以 kiosk 模式和深色主题打开（上方链接即如此）。每分钟刷新。',
  wall: '大屏',
  executive: '管理层',
  'Open on the wall (kiosk, dark)': '在大屏上打开（kiosk，深色）',
  'Full screen without menus, in the dark theme the wall is designed for': '全屏、无菜单，使用大屏设计所用的深色主题',
  'Bookings this quarter': '本季成交额',
  'Won deals this quarter': '本季赢单数',
  'Win rate this quarter': '本季赢单率',
  'Average deal this quarter': '本季平均成交金额',
  'Collections this quarter': '本季回款额',
  'Bookings against this quarter’s target': '本季成交额目标达成',
  'Company bookings so far against the whole quarter’s target; the marker is where bookings should be by now at an even pace.':
    '公司至今的成交额对比全季目标；标记是按匀速到今天应达到的成交额（序时目标）。',
  'Bookings against target by region': '各区域成交额目标达成',
  'Each region’s bookings so far against its whole quarter’s target.': '各区域至今的成交额对比其全季目标。',
  'Bookings this quarter: target and forecasts': '本季成交额：目标与预测',
  'The whole quarter’s bookings target, the run-rate projection (bookings so far ÷ the share of the quarter gone) and the pipeline call (won so far + open commit + open best case closing this quarter).':
    '全季成交额目标、按当前速度预计（至今成交额 ÷ 时间进度）与按商机预测（至今赢单 + 本季结单的进行中承诺类与最佳情况商机金额）。',
  'Deals created this quarter: stages reached': '本季新增商机：到达的阶段',
  'Deals created this quarter, each counted at every stage up to the furthest it reached so far.':
    '本季新增的商机，每笔计入至今到达的最远阶段及之前的每个阶段。',
  'Top 10 reps by bookings this quarter': '本季成交额前 10 名销售代表',
  'Ranked by bookings this quarter, with their % of the quarter’s target coloured by pace; pages every 15 seconds.':
    '按本季成交额排名，附全季目标达成率（颜色表示序时完成率）；每 15 秒翻页。',
  'Win rate by month, last 13 months': '近 13 个月每月赢单率',
  'Deals won ÷ deals won and lost, by the month they closed; this month so far.':
    '赢单数 ÷（赢单数 + 丢单数），按结单月份；本月截至目前。',
  'Payments received each month (bars) and the share of the invoices falling due that month paid so far (line); this month so far.':
    '每月回款额（柱），以及当月到期发票至今已回款的占比（线）；本月截至目前。',

  // Pipeline and funnel
  'Pipeline and funnel': '销售管道与漏斗',
  'This quarter’s pipeline: the open deals expected to close this quarter (now, by stage and forecast category), and the deals created this quarter (the stages they reached, conversion, time in stage, by week and region).':
    '本季销售管道：预计本季结单的进行中商机（当前，按阶段与预测类别），以及本季新增的商机（到达的阶段、转化率、阶段停留天数，按周与区域）。',
  pipeline: '销售管道',
  funnel: '销售漏斗',
  'Open pipeline closing this quarter': '本季结单的进行中商机金额',
  'Open deals expected to close this quarter. The change compares with the same day of last quarter, rebuilt from the dates recorded (deals created and closed, leads assigned, payments received) with today’s amounts.':
    '预计本季结单的进行中商机。变化与上季同一天相比：按记录的日期（商机创建与结单、线索分配、回款到账）以今天的金额重建。',
  'Weighted, closing this quarter': '本季结单的加权商机金额',
  'The open pipeline closing this quarter, each deal × its probability. No comparison: the forecast category and probability each deal had on a past day are not recorded, so last quarter’s figure cannot be rebuilt.':
    '本季结单的进行中商机金额，每笔 × 其赢率。无对比：商机过去某天的预测类别与赢率没有记录，无法重建上季的数字。',
  'Commit, closing this quarter': '本季结单的承诺类商机金额',
  'The open pipeline closing this quarter in the commit category. No comparison: the forecast category and probability each deal had on a past day are not recorded, so last quarter’s figure cannot be rebuilt.':
    '本季结单、预测类别为承诺的进行中商机金额。无对比：商机过去某天的预测类别与赢率没有记录，无法重建上季的数字。',
  'Best case, closing this quarter': '本季结单的最佳情况商机金额',
  'The open pipeline closing this quarter in the best case category. No comparison: the forecast category and probability each deal had on a past day are not recorded, so last quarter’s figure cannot be rebuilt.':
    '本季结单、预测类别为最佳情况的进行中商机金额。无对比：商机过去某天的预测类别与赢率没有记录，无法重建上季的数字。',
  'Pipeline created this quarter': '本季新增商机金额',
  'Amount of the deals created this quarter, whatever became of them. The change compares with last quarter up to the same day and hour.':
    '本季新增商机的金额，不论其后结果。变化与上季同一天同一时刻为止相比。',
  'Stale open deals': '停滞商机',
  'Open deals, whatever their close date, older than 14 days with no completed activity in the last 14 days. The change compares with the same day of last quarter, rebuilt from the dates recorded (deals created and closed, leads assigned, payments received) with today’s amounts.':
    '创建超过 14 天、近 14 天没有完成跟进活动的进行中商机，不论结单日期。变化与上季同一天相比：按记录的日期（商机创建与结单、线索分配、回款到账）以今天的金额重建。',
  'Deals created this quarter; each counts at every stage up to the furthest it reached so far (won deals reached them all).':
    '本季新增的商机，每笔计入至今到达的最远阶段及之前的每个阶段（赢单的商机到达了所有阶段）。',
  'Deals created this quarter: recorded stages only': '本季新增商机：仅记录的阶段',
  'Deals created this quarter, counted only at the stages their stage history records.':
    '本季新增的商机，只计入其阶段历史记录的阶段。',
  'Open pipeline closing this quarter, by stage': '本季结单的进行中商机金额（按阶段）',
  'The open pipeline of the key figure, now, by each deal’s current stage: open deals expected to close this quarter, whatever their creation date. No conversion: a deal in one stage never passed through the next.':
    '关键指标中的进行中商机金额（当前），按每笔商机的当前阶段：预计本季结单的进行中商机，不论创建日期。无转化率：处于某一阶段的商机从未经过下一阶段。',
  'Deals created this quarter: conversion by stage': '本季新增商机：各阶段转化率',
  'Of the deals created this quarter, the share of those at the previous stage, and at the first stage, that reached each stage so far.':
    '本季新增的商机中，至今到达各阶段的商机占上一阶段（阶段转化率）与第一阶段（累计转化率）的比例。',
  'Deals created this quarter: time in stage': '本季新增商机：阶段停留天数',
  'Median and mean days the deals created this quarter spent in each stage, from the stage history.':
    '本季新增的商机在各阶段停留天数的中位数与平均值，取自阶段历史。',
  'Open pipeline closing this quarter, by forecast category': '本季结单的进行中商机金额（按预测类别）',
  'The open pipeline of the key figure, now, by forecast category (omitted deals are not pipeline).':
    '关键指标中的进行中商机金额（当前），按预测类别（已排除的商机不计入销售管道）。',
  'Pipeline created this quarter, by week': '本季每周新增商机金额',
  'Amount (bars) and number (line) of the deals created each week from Monday, whatever became of them; this week so far, no bars for weeks to come.':
    '每周（自周一起）新增商机的金额（柱）与数量（线），不论其后结果；本周截至目前，未来各周没有柱。',
  'Deals created this quarter: stages reached, by region': '本季新增商机：各区域到达的阶段',
  'Stages reached so far by the deals created this quarter, one funnel per region on a shared scale.':
    '本季新增的商机至今到达的阶段，每个区域一个漏斗，共用同一刻度。',

  // Rep drill-down
  'Rep drill-down': '销售代表明细',
  'One rep this quarter: results against the quarter’s targets, key figures so far, the deals created and the open pipeline, the visit plan, the last 13 months, and the commission earned so far and to the next tier. Reached from the rep names on the scorecards (var-rep=<rep id>).':
    '一位销售代表的本季情况：对比本季目标的结果、至今的关键指标、新增商机与进行中商机金额、拜访计划、近 13 个月，以及至今的佣金和距下一档的差距。从记分卡上的销售代表姓名进入（var-rep=<销售代表 id>）。',
  rep: '销售代表',
  'Against this quarter’s targets': '本季目标达成',
  'Bookings, collections, new customers and visits so far against the rep’s whole quarter’s targets.':
    '该销售代表至今的成交额、回款额、新增客户与拜访，对比其全季目标。',
  'This quarter so far': '本季至今',
  'The rep’s deals closed this quarter so far, and the activities completed.':
    '该销售代表本季至今结单的商机，以及完成的跟进活动。',
  'The rep’s deals created this quarter, each counted at every stage up to the furthest it reached so far.':
    '该销售代表本季新增的商机，每笔计入至今到达的最远阶段及之前的每个阶段。',
  'The rep’s open deals expected to close this quarter, now, by current stage: their number, amount and amount × probability.':
    '该销售代表预计本季结单的进行中商机（当前），按当前阶段：笔数、金额与加权金额（金额 × 赢率）。',
  'The same open deals, now, by forecast category (omitted deals are not pipeline).':
    '同一批进行中商机（当前），按预测类别（已排除的商机不计入销售管道）。',
  'Visits planned and done this quarter, by week': '本季每周计划与完成拜访数',
  'Visits in the visit plan and visits reported done, each week from Monday; no bars for weeks to come.':
    '拜访计划中的拜访与报告已完成的拜访，每周（自周一起）；未来各周没有柱。',
  'Visit plan this quarter': '本季拜访计划',
  'The share reported done of the planned visits already due, the visits planned this quarter (the weeks to come included) and those reported done so far.':
    '已到期的计划拜访中报告已完成的占比、本季计划拜访数（含未来各周）与至今完成拜访数。',
  'Planned this quarter': '本季计划',
  'Done so far': '至今完成',
  'Done of those due': '到期已完成占比',
  'Bookings by month, last 13 months': '近 13 个月每月成交额',
  'The rep’s deals won, by the month they closed; this month so far.':
    '该销售代表的赢单金额，按结单月份；本月截至目前。',
  'The rep’s deals won ÷ deals won and lost, by the month they closed; this month so far.':
    '该销售代表的赢单数 ÷（赢单数 + 丢单数），按结单月份；本月截至目前。',

  // Sales manager
  'Sales manager': '销售经理看板',
  'The team this quarter: the reps scorecard (names open the rep drill-down), bookings against the quarter’s targets and pipeline coverage by rep, stale deals, the visit plan, the public lead pool and the dealers.':
    '团队本季情况：销售代表记分卡（点击姓名打开销售代表明细）、各销售代表成交额对比本季目标与商机覆盖倍数、停滞商机、拜访计划、公海线索和经销商。',
  manager: '销售经理',
  'Bookings vs quarter target': '成交额对比本季目标',
  'Bookings so far as a share of the whole quarter’s target, and the pace: bookings so far ÷ the target expected by now at an even pace (green from 100 %, orange from 90 %).':
    '至今成交额占全季目标的比例（达成率），以及序时完成率：至今成交额 ÷ 按匀速到今天的序时目标（100% 起为绿色，90% 起为橙色）。',
  'Of target': '达成率',
  Pace: '序时完成率',
  'Pipeline coverage of the gap': '商机覆盖倍数（目标差额）',
  'Open pipeline closing between now and the end of the quarter ÷ the bookings still needed to reach the quarter’s target (none once it is reached); 3× is the usual rule.':
    '从现在到季末结单的进行中商机金额 ÷ 达成本季目标还需的成交额（目标差额；达成后不再计算）；通常以 3 倍为准。',
  'Visit plan completion this quarter': '本季拜访计划完成率',
  'Of the visits planned this quarter and already due, the share reported done.':
    '本季已到期的计划拜访中报告已完成的占比。',
  'Reps this quarter: scorecard': '本季销售代表记分卡',
  'Reps ranked by bookings (3×), win rate, pipeline created, visits completed and stale open deals (fewer is better), all this quarter so far; % of target is of the whole quarter’s target, coloured by pace. A name opens the rep drill-down.':
    '按成交额（3 倍权重）、赢单率、新增商机金额、完成拜访数和停滞商机（越少越好）为销售代表排名，均为本季至今；达成率以全季目标计，颜色表示序时完成率。点击姓名打开销售代表明细。',
  'Rep drill-down: ${__data.fields.rep}': '销售代表明细：${__data.fields.rep}',
  'Bookings against target by rep': '各销售代表成交额目标达成',
  'Each rep’s bookings so far against the whole quarter’s target, best first.':
    '各销售代表至今的成交额对比全季目标，由高到低。',
  'Pipeline coverage of the gap to target, by rep': '各销售代表商机覆盖倍数（目标差额）',
  'Each rep’s open pipeline closing before the end of the quarter ÷ the bookings still needed to reach the quarter’s target: reps with no gap to cover (target reached) first, then the lowest coverage. The bars are full from 5×.':
    '各销售代表季末前结单的进行中商机金额 ÷ 达成本季目标还需的成交额：先列无目标差额（已达成目标）的销售代表，再按商机覆盖倍数由低到高。5 倍起条形为满。',
  'No gap to cover': '无目标差额',
  'Stale open deals and open pipeline by rep': '各销售代表停滞商机与进行中商机金额',
  'Stale open deals (whatever their close date: older than 14 days with no completed activity in the last 14 days) beside each rep’s open deals and open pipeline closing this quarter, now.':
    '停滞商机（不论结单日期：创建超过 14 天、近 14 天没有完成跟进活动）与各销售代表本季结单的进行中商机数和进行中商机金额并列（当前）。',
  'Open deals closing this quarter': '本季结单的进行中商机数',
  'Visit plan by rep, this quarter': '本季各销售代表拜访计划',
  'Visits planned this quarter (the visit plan, the weeks to come included), visits reported done so far, and the share done of the planned visits already due.':
    '本季计划拜访数（拜访计划，含未来各周）、至今报告完成的拜访数，以及已到期计划拜访的完成占比。',
  'Public lead pool': '公海',
  'Leads in the public pool now': '当前公海线索',
  'The leads waiting in the public pool now, and their mean age. Leads in the public pool belong to no rep, so the region, team and rep filters do not apply.':
    '当前在公海中等待的线索及其平均停留天数。公海线索不属于任何销售代表，因此区域、团队与销售代表筛选不适用。',
  Leads: '线索',
  'Mean age': '平均停留天数',
  'Leads in the public pool now, by source': '当前公海线索（按来源）',
  'Leads in the public pool belong to no rep, so the region, team and rep filters do not apply.':
    '公海线索不属于任何销售代表，因此区域、团队与销售代表筛选不适用。',
  'Leads created this quarter': '本季新增线索',
  'Leads created this quarter, the share of them converted so far and the mean hours from creation to first contact.':
    '本季新增线索、其中至今已转化的占比，以及从创建到首次跟进的平均小时数。',
  Created: '新增',
  'Converted so far': '至今转化率',
  'Hours to first contact': '首次跟进小时数',
  h: '小时',

  // Targets and forecast
  'Targets and forecast': '目标与预测',
  'Bookings against the whole year’s, quarter’s and month’s targets, by region and team, with the pace to date; the quarter’s pace by pacing method and its forecasts; monthly forecasts compared by their backtest accuracy.':
    '成交额对比全年、全季和全月目标，按区域与团队，附至今的序时完成率；本季各序时方式的序时完成率及其预测；各预测方法按回测准确度比较。',
  targets: '目标',
  forecast: '预测',
  'This year': '本年',
  'This year: bookings against target by region': '本年：各区域成交额目标达成',
  'This year: bookings against target by team': '本年：各团队成交额目标达成',
  'Each team’s bookings so far, the whole period’s target, the share of it reached, the pace (bookings so far ÷ the target expected by now), the projection at that pace and the status.':
    '各团队至今的成交额、全期目标、达成率、序时完成率（至今成交额 ÷ 序时目标）、按此速度的预计完成与状态。',
  'On track': '进度正常',
  Cautioned: '需关注',
  'Off track': '落后',
  'This quarter': '本季',
  'This quarter: bookings against target by region': '本季：各区域成交额目标达成',
  'This quarter: bookings against target by team': '本季：各团队成交额目标达成',
  'This month': '本月',
  'This month: bookings against target by region': '本月：各区域成交额目标达成',
  'This month: bookings against target by team': '本月：各团队成交额目标达成',
  Pacing: '序时完成率',
  'Pace this quarter, by pacing method': '本季序时完成率（按序时方式）',
  'Company bookings so far ÷ the share of the quarter’s target expected by now: by calendar days, by working days, and by last year’s cumulative shape of the same quarter.':
    '公司至今成交额 ÷ 本季序时目标：按日历日、按工作日，以及按去年同季的累计曲线。',
  'Calendar days': '日历日',
  'Working days': '工作日',
  Seasonal: '季节性',
  Forecast: '预测',
  'Bookings by month, forecast: exponential smoothing (auto)': '每月成交额预测：指数平滑（自动）',
  'Bookings of each whole month, and the next six months forecast by the exponential-smoothing model chosen by AICc, with its 80 % interval widened to its backtest errors.':
    '每个完整月份的成交额，以及由 AICc 选定的指数平滑模型对未来六个月的预测，其 80% 区间按回测误差放宽。',
  'Forecast methods compared by backtest': '各预测方法的回测比较',
  'Errors over rolling forecast origins of each method auto backtests. MASE: the mean error ÷ the seasonal naive forecast’s error on the history (below 1 is better); MAPE and sMAPE: mean errors in percent.':
    '自动模式回测的每种方法在滚动预测起点上的误差。MASE：平均误差 ÷ 季节性朴素法在历史数据上的误差（低于 1 更好）；MAPE 与 sMAPE：以百分比计的平均误差。',
  'Exponential smoothing (ETS)': '指数平滑（ETS）',
  Theta: 'Theta 法',
  'Seasonal naive': '季节性朴素法',
  'Holt-Winters, additive': 'Holt-Winters 加法模型',
  'Holt-Winters, multiplicative': 'Holt-Winters 乘法模型',
  'Linear trend': '线性趋势',
  'Quadratic trend': '二次趋势',
  'Cubic trend': '三次趋势',
  'Exponential trend': '指数趋势',
  'Logarithmic trend': '对数趋势',
  'Power trend': '幂趋势',
  'Holt-Winters': 'Holt-Winters 法',
  'Level, trend and a 12-month season, smoothed exponentially.': '水平、趋势与 12 个月的季节性，以指数方式平滑。',
  'A least-squares straight line through the history.': '以最小二乘法拟合历史数据的直线。',
  'Each month as it was a year earlier: the baseline MASE is measured against.':
    '每个月取一年前同月的值：MASE 所对比的基准。',

  // Commissions (and the rep drill-down's commission panels)
  'Commission this quarter so far': '本季至今佣金',
  'What the rep has earned so far in the plan periods of the range (a quarter under a quarterly plan): commission from the plan’s tiers over the attainment so far, SPIFs, bonuses, draws and clawbacks, and their sum, the payout.':
    '该销售代表在所选时间内各佣金方案周期（季度方案即一个季度）至今所得：按至今达成率和方案档位计算的佣金、专项激励（SPIF）、奖金、预支与追回，以及它们的合计，即应发金额。',
  'Commission: to the next tier': '佣金：距下一档',
  'On the rep’s current plan: attainment so far against the period’s quota, the tier it reaches, and the bookings still needed to reach the next tier (none at the top tier).':
    '按该销售代表当前的佣金方案：至今对比本期目标的达成率、所达档位，以及达到下一档还需的成交额（已在最高档时无）。',
  Commissions: '销售佣金',
  'What reps earn this quarter under their commission plans: payout to date by rep with attainment and tier, team payout against the incentive budget, the selected rep’s payout curve and what a next deal would pay, and the adjustments (SPIFs, bonuses, draws, clawbacks).':
    '各销售代表本季按佣金方案所得：各销售代表至今的应发金额及达成率与档位、团队应发金额对比激励预算、所选销售代表的佣金曲线和下一笔商机可得，以及调整项（专项激励、奖金、预支、追回）。',
  commissions: '佣金',
  Plan: '佣金方案',
  'Next deal of': '下一笔商机金额',
  'A deal amount: what one more deal of it would pay the selected rep this period.':
    '一笔商机的金额：再赢一笔这样的商机，所选销售代表本期可多得的佣金。',
  'Selected rep: earned this quarter so far': '所选销售代表：本季至今所得',
  'Selected rep: to the next tier': '所选销售代表：距下一档',
  'Selected rep: what the next deal pays': '所选销售代表：下一笔商机可得',
  'What one more deal of the amount chosen in “Next deal of”, closed this quarter, would add to the selected rep’s payout: the higher attainment may reach a higher tier (or the gate), and the cap may take part of it.':
    '本季再赢一笔“下一笔商机金额”所选金额的商机，所选销售代表的应发金额会增加多少：更高的达成率可能进入更高一档（或越过门槛），封顶可能扣去一部分。',
  'A deal of $deal pays': '一笔 $deal 的商机可得',
  'Payout this quarter so far, by rep': '本季至今各销售代表应发金额',
  'Each rep’s plan period (a rep whose plan changed inside the quarter has a row per plan, each paid under its own plan, the quota prorated by days): bookings credited, quota, attainment, the tier reached, commission from the tiers (after the gate and the cap), adjustments and the payout. A name opens the rep drill-down.':
    '每位销售代表的每个方案周期（季内更换方案的销售代表每个方案一行，各按其方案计算，目标按天数折算）：计入的成交额、目标、达成率、所达档位、按档位计算的佣金（已计门槛和封顶）、调整项与应发金额。点击姓名打开销售代表明细。',
  'Team payout against budget, this quarter': '本季各团队应发金额对比预算',
  'Payouts so far summed per team against the budget: the sum of the reps’ target incentives (what each plan pays at 100 % of quota) for the quarter.':
    '各团队至今应发金额合计对比预算：本季各销售代表目标激励（达成 100% 目标时方案所付）之和。',
  'Selected rep: payout curve': '所选销售代表：佣金曲线',
  'Commission the selected rep’s plan pays from 0 % to 250 % attainment of this quarter’s quota (the gate, the tiers’ rates and the cap), and where the rep stands now. A rep whose plan changed inside the quarter: the curve of the first plan.':
    '所选销售代表的方案在本季目标达成率 0% 至 250% 时所付的佣金（门槛、各档比例与封顶），以及该销售代表当前所处位置。季内更换方案的销售代表：显示第一个方案的曲线。',
  'Adjustments this year so far': '本年至今调整项',
  'SPIFs, bonuses and draws paid and clawbacks taken in the plan periods of this fiscal year so far, one by one, by rep and date: part of each period’s payout beside the commission from the tiers.':
    '本财年至今各方案周期内发放的专项激励、奖金、预支和追回，逐笔按销售代表和日期列出：与按档位计算的佣金一起构成各期应发金额。',

  // Sales manager: the dealers row
  Dealers: '经销商',
  'Bookings against target by dealer': '各经销商成交额目标达成',
  "Bookings so far from each dealer's customers against the dealer's whole quarter's target, best first. Customers buying through a dealer, by dealer; a dealer serves its whole region, so the team, rep and product filters do not apply.":
    '各经销商所属客户至今的成交额对比该经销商全季目标，由高到低。经由经销商购买的客户按经销商统计；经销商服务整个区域，因此团队、销售代表和产品筛选不适用。',
  'Dealers this quarter: deals, visits and feedback': '本季经销商：商机、拜访与反馈',
  "Bookings and won deals, win rate, visits completed and the mean sentiment of the feedback (−1 to 1) on each dealer's customers, this quarter so far. Customers buying through a dealer, by dealer; a dealer serves its whole region, so the team, rep and product filters do not apply.":
    '各经销商所属客户本季至今的成交额与赢单数、赢单率、完成拜访数和反馈的平均情感倾向（−1 至 1）。经由经销商购买的客户按经销商统计；经销商服务整个区域，因此团队、销售代表和产品筛选不适用。',

  // Market feedback
  'Market feedback': '市场反馈',
  'What the daily visit reports say about customers, competitors, dealers, prices and products: competitor mentions, sentiment, the share of visits with feedback, the issues still open and the latest reports.':
    '拜访日报中关于客户、竞争对手、经销商、价格和产品的反馈：竞争对手提及次数、情感倾向、带反馈的拜访占比、仍未解决的问题和最新的反馈明细。',
  feedback: '市场反馈',
  visits: '拜访',
  'Feedback reports this quarter': '本季市场反馈数',
  'Market feedback reported from visits this quarter. The change compares with last quarter up to the same day and hour.':
    '本季拜访上报的市场反馈条数。变化与上季同一天同一时刻为止相比。',
  'Visits with feedback this quarter': '本季带反馈的拜访占比',
  'Of the visits completed this quarter, the share whose report carries market feedback; its change in points. The change compares with last quarter up to the same day and hour.':
    '本季完成的拜访中，日报带有市场反馈的占比，变化以个点计。变化与上季同一天同一时刻为止相比。',
  'Competitor mentions this quarter': '本季竞争对手提及次数',
  'Feedback about a competitor reported this quarter. The change compares with last quarter up to the same day and hour.':
    '本季上报的关于竞争对手的反馈条数。变化与上季同一天同一时刻为止相比。',
  'Open issues': '未解决问题数',
  'Issues (feedback with a severity) not resolved now, whenever reported. The change compares with the same day of last quarter, rebuilt from the dates recorded (deals created and closed, leads assigned, payments received) with today’s amounts.':
    '当前仍未解决的问题（带严重程度的反馈），不论何时上报。变化与上季同一天相比：按记录的日期（商机创建与结单、线索分配、回款到账）以今天的金额重建。',
  'Resolution time this quarter': '本季问题解决时长',
  'Mean time from report to resolution of the issues (feedback with a severity) resolved this quarter. The change compares with last quarter up to the same day and hour.':
    '本季解决的问题（带严重程度的反馈）从上报到解决的平均时长。变化与上季同一天同一时刻为止相比。',
  'Feedback sentiment this quarter': '本季反馈情感倾向',
  'Mean sentiment of the feedback reported this quarter, from −1 (negative) to 1 (positive); its change in points. The change compares with last quarter up to the same day and hour.':
    '本季上报反馈的平均情感倾向，−1（负面）至 1（正面），变化以分计。变化与上季同一天同一时刻为止相比。',
  'Competitor mentions by competitor, last 13 months': '近 13 个月各竞争对手提及次数',
  'Feedback about a competitor reported each month, one bar segment per competitor named; this month so far.':
    '每月上报的关于竞争对手的反馈条数，每个竞争对手一段；本月截至目前。',
  'Competitor mentions this quarter, by competitor and region': '本季竞争对手提及次数，按竞争对手与区域',
  'Feedback about each competitor reported this quarter, by the reporting rep’s region.':
    '本季上报的关于各竞争对手的反馈条数，按上报销售代表所在区域。',
  'Feedback sentiment by region, last 13 months': '近 13 个月各区域反馈情感倾向',
  'Mean sentiment of the feedback reported each month (−1 negative, 0 neutral, 1 positive), per region; this month so far.':
    '各区域每月上报反馈的平均情感倾向（−1 负面，0 中性，1 正面）；本月截至目前。',
  'Feedback reports and visits with feedback by month, last 13 months': '近 13 个月每月市场反馈数与带反馈的拜访占比',
  'Feedback reported each month (bars), and the share of the month’s completed visits whose report carries feedback (line); this month so far.':
    '每月上报的市场反馈条数（柱），以及当月完成的拜访中日报带有反馈的占比（线）；本月截至目前。',
  'Open high-severity issues now, longest open first': '当前未解决的高严重程度问题，按未解决时长由长到短',
  'Issues reported with high severity and not resolved as of now, whenever reported, with the days they have been open.':
    '以高严重程度上报、截至目前仍未解决的问题，不论何时上报，附已未解决的天数。',
  'Customer opinion': '客户意见',
  Competitor: '竞争对手',
  Dealer: '经销商',
  Price: '价格',
  'Product issue': '产品问题',
  Logistics: '物流',
  'Open issues now, by rep': '当前各销售代表未解决问题数',
  'Issues (feedback with a severity) each rep reported that are not resolved now, whenever reported; most first.':
    '各销售代表上报、当前仍未解决的问题（带严重程度的反馈），不论何时上报；由多到少。',
  'Feedback this quarter, by category': '本季市场反馈，按反馈类别',
  'Feedback reported this quarter by category: how much and how it felt; the issues open now, whenever reported; the mean days to resolve the issues resolved this quarter.':
    '本季按反馈类别上报的反馈：条数与情感倾向；当前未解决的问题，不论何时上报；本季解决的问题的平均解决天数。',
  'Latest feedback this quarter': '本季最新市场反馈',
  'The latest 100 reports of this quarter, newest first, as the reps wrote them.':
    '本季最新的 100 条反馈，最新的在前，保留销售代表的原文。',
  Neutral: '中性',
  Positive: '正面',
  Negative: '负面',
  High: '高',
  Medium: '中',
  Low: '低',
};

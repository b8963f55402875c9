# The candidates for auto, measured in R on the public suite (public-suite.json: the same series, the same
# 12-month hold-out, MASE scaled by the in-sample seasonal naive MAE) before any was implemented here.
# The figures are in tests/forecast-reference/README.md.
#
#   Rscript tests/forecast-reference/public-candidates.R [--cache DIR] [--reverse]
#
# Each series' forecasts are kept in DIR (default .bench/forecast-candidates) and not computed again, so
# that a second run started with --reverse shares the work (baggedETS and tbats take minutes a series).
# Every method runs with the forecast package's defaults; baggedETS with set.seed(1) before each series.
# Combinations: the mean or median of the members' point forecasts; the mean's intervals are the means
# of the members' bounds (quantile averaging). baggedETS gives only the range of its bootstrapped forecasts
# and the M4 Comb no interval: their coverage is left blank.
suppressPackageStartupMessages({
  library(forecast)
  library(jsonlite)
})

arguments <- commandArgs(trailingOnly = TRUE)
option <- function(name, default) {
  at <- match(name, arguments)
  if (is.na(at)) default else arguments[at + 1]
}
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)))
suite <- fromJSON(file.path(here, "public-suite.json"), simplifyVector = FALSE)
cache <- option("--cache", ".bench/forecast-candidates")
dir.create(cache, recursive = TRUE, showWarnings = FALSE)
h <- suite$holdout

# The M4 competition's "Comb" benchmark: the mean of SES, Holt and damped Holt on the series seasonally
# adjusted by a classical multiplicative decomposition when the lag-m autocorrelation is significant (90 %).
m4_comb <- function(x) {
  m <- frequency(x)
  n <- length(x)
  r <- acf(x, plot = FALSE, lag.max = m)$acf[-1, 1, 1]
  limit <- 1.645 / sqrt(n) * sqrt(cumsum(c(1, 2 * r^2)))
  index <- rep(1, n + h)
  if (n >= 3 * m && abs(r[m]) > limit[m]) {
    index <- rep_len(decompose(x, type = "multiplicative")$figure, n + h)
  }
  adjusted <- x / index[seq_len(n)]
  mean <- (ses(adjusted, h = h)$mean + holt(adjusted, h = h)$mean + holt(adjusted, h = h, damped = TRUE)$mean) / 3
  list(mean = as.numeric(mean) * index[n + seq_len(h)])
}

described <- function(fc) list(mean = as.numeric(fc$mean), lower = as.matrix(fc$lower), upper = as.matrix(fc$upper))
methods <- list(
  "ETS" = function(x) described(forecast(ets(x), h = h)),
  "ARIMA" = function(x) described(forecast(auto.arima(x), h = h)),
  "theta" = function(x) described(thetaf(x, h = h)),
  "seasonal naive" = function(x) described(snaive(x, h = h)),
  "ETS, damped trends only" = function(x) described(forecast(ets(x, damped = TRUE), h = h)),
  "ETS on Box-Cox" = function(x) described(forecast(ets(x, lambda = "auto"), h = h)),
  "STL + ETS (stlf)" = function(x) described(stlf(x, h = h)),
  "STL + ARIMA" = function(x) described(stlf(x, h = h, method = "arima")),
  "bagged ETS" = function(x) {
    set.seed(1)
    described(forecast(baggedETS(x), h = h))
  },
  "TBATS" = function(x) described(forecast(tbats(x, use.parallel = FALSE), h = h)),
  "M4 Comb (SES, Holt, damped)" = m4_comb
)
combinations <- list(
  c("ETS", "ARIMA"),
  c("ETS", "theta"),
  c("ARIMA", "theta"),
  c("ETS", "ARIMA", "theta"),
  c("ETS", "ARIMA", "STL + ETS (stlf)"),
  c("ETS", "ARIMA", "theta", "STL + ETS (stlf)"),
  c("ETS", "ARIMA", "STL + ETS (stlf)", "TBATS"),
  c("ETS", "ARIMA", "theta", "STL + ETS (stlf)", "TBATS"),
  c("ETS", "bagged ETS", "ARIMA")
)

order <- seq_along(suite$series)
if ("--reverse" %in% arguments) order <- rev(order)
for (index in order) {
  entry <- suite$series[[index]]
  file <- file.path(cache, paste0(entry$id, ".rds"))
  if (file.exists(file)) next
  used <- ts(unlist(entry$values), start = unlist(entry$start), frequency = 12)
  n <- length(used)
  train <- window(used, end = time(used)[n - h])
  forecasts <- lapply(methods, function(method) {
    started <- proc.time()[["elapsed"]]
    fc <- method(train)
    c(fc, seconds = proc.time()[["elapsed"]] - started)
  })
  if (!file.exists(file)) saveRDS(forecasts, file)
  message(entry$id)
}

ids <- vapply(suite$series, function(entry) entry$id, "")
if (!all(file.exists(file.path(cache, paste0(ids, ".rds"))))) {
  message("Another run is still computing some series; run again when it is done for the summary.")
  quit(status = 0)
}
results <- lapply(suite$series, function(entry) {
  values <- unlist(entry$values)
  train <- head(values, -h)
  list(
    test = tail(values, h),
    scale = mean(abs(diff(train, lag = 12))),
    forecasts = readRDS(file.path(cache, paste0(entry$id, ".rds")))
  )
})

# One row per candidate: per-series MASE, 80 % and 95 % coverage (NA without intervals), mean seconds.
measure <- function(members, combine) {
  per_series <- lapply(results, function(result) {
    forecasts <- result$forecasts[members]
    point <- apply(sapply(forecasts, function(fc) fc$mean), 1, combine)
    bounds <- function(side, column) rowMeans(sapply(forecasts, function(fc) fc[[side]][, column]))
    inside <- function(column) {
      if (!all(vapply(forecasts, function(fc) identical(ncol(fc$lower), 2L), TRUE))) return(rep(NA, h))
      result$test >= bounds("lower", column) & result$test <= bounds("upper", column)
    }
    list(
      mase = mean(abs(result$test - point)) / result$scale,
      inside80 = inside(1),
      inside95 = inside(2),
      seconds = sum(vapply(forecasts, function(fc) fc$seconds, 0))
    )
  })
  list(
    mase = vapply(per_series, function(s) s$mase, 0),
    coverage80 = mean(unlist(lapply(per_series, function(s) s$inside80))),
    coverage95 = mean(unlist(lapply(per_series, function(s) s$inside95))),
    seconds = mean(vapply(per_series, function(s) s$seconds, 0))
  )
}
rows <- c(
  lapply(setNames(names(methods), names(methods)), function(name) measure(name, mean)),
  setNames(lapply(combinations, function(members) measure(members, mean)),
           paste0("mean of ", vapply(combinations, paste, "", collapse = ", "))),
  setNames(lapply(Filter(function(members) length(members) > 2, combinations), function(members) {
    row <- measure(members, median)
    row$coverage80 <- row$coverage95 <- NA
    row
  }), paste0("median of ", vapply(Filter(function(members) length(members) > 2, combinations), paste, "", collapse = ", ")))
)

ets_mase <- rows[["ETS"]]$mase
naive_mase <- rows[["seasonal naive"]]$mase
set.seed(17)
resamples <- replicate(2000, sample(length(ids), replace = TRUE))
summary <- do.call(rbind, lapply(names(rows), function(name) {
  ratio <- rows[[name]]$mase / ets_mase
  geometric <- function(r) exp(mean(log(r)))
  spread <- quantile(apply(resamples, 2, function(s) geometric(ratio[s])), c(0.05, 0.95))
  data.frame(
    candidate = name,
    ratio = round(geometric(ratio), 3),
    "90% interval" = sprintf("%.2f-%.2f", spread[1], spread[2]),
    "beats snaive" = sprintf("%d of %d", sum(rows[[name]]$mase < naive_mase), length(ids)),
    cover80 = round(100 * rows[[name]]$coverage80, 1),
    cover95 = round(100 * rows[[name]]$coverage95, 1),
    seconds = round(rows[[name]]$seconds, 2),
    check.names = FALSE
  )
}))
summary <- summary[order(summary$ratio), ]
cat(sprintf("%s, forecast %s; %d series, %d-month hold-out\n", R.version.string, packageVersion("forecast"), length(ids), h))
cat("ratio: geometric-mean MASE ÷ R's ets (90 % interval: 2000 resamples of the series); cover: % of hold-out points\n")
cat("inside the 80 % and 95 % intervals (R's own, not widened); seconds: mean per series on this machine\n\n")
options(width = 200)
print(summary, row.names = FALSE, right = FALSE)

# The public forecast benchmark's series and R's forecasts of them, printed as JSON on stdout
# (tests/forecast-reference/public-suite.json holds the committed copy; `npm run forecast:r-references`
# regenerates it, and `npm run bench:forecast -- --suite public` reads it, so the benchmark runs without R).
#
# The series were fixed before any result was seen, by one rule: every monthly series of business or
# economic levels (sales, production, prices, spending, income, rates, traffic) shipped with R's
# datasets and forecast packages and with the Debian-packaged AER, strucchange, lmtest and tseries,
# one per group of near-duplicates. Left out: lmtest's ip and gmdc (the same measures as USMacroSWM's
# production and expenditure), white pepper (moves with black pepper), tseries' 1-, 3- and 5-year
# yields (move with the 10-year one), USMacroSWM's oil (a shock indicator, mostly 0) and USStocksSW
# (returns and dividend yields, not levels).
#
# Each series: its last 12 months are held out; the model sees at most the 120 months before them
# (ten years: the scale of history the forecast kind is used with). R fits ets(), auto.arima(),
# thetaf() and snaive() with their defaults; MASE is scaled by the in-sample seasonal naive MAE, as
# forecast::accuracy() does.
suppressPackageStartupMessages({
  library(forecast)
  library(AER)
  library(strucchange)
  library(lmtest)
  library(tseries)
  library(jsonlite)
})

holdout <- 12
max_training <- 120

loaded <- function(name, package) {
  env <- new.env()
  data(list = name, package = package, envir = env)
  get(name, envir = env)
}
column <- function(x, name) x[, name]

suite <- list(
  list(id = "AirPassengers", package = "datasets", description = "International airline passengers (thousands), 1949-1960",
       x = datasets::AirPassengers),
  list(id = "Seatbelts.kms", package = "datasets", description = "Distance driven in Great Britain, 1969-1984",
       x = column(datasets::Seatbelts, "kms")),
  list(id = "Seatbelts.PetrolPrice", package = "datasets", description = "Petrol price in Great Britain, 1969-1984",
       x = column(datasets::Seatbelts, "PetrolPrice")),
  list(id = "gas", package = "forecast", description = "Australian gas production, 1956-1995",
       x = forecast::gas),
  list(id = "wineind", package = "forecast", description = "Australian wine sales by winemakers, 1980-1994",
       x = forecast::wineind),
  list(id = "DutchSales", package = "AER", description = "Dutch retail sales index, 1960-1995",
       x = loaded("DutchSales", "AER")),
  list(id = "FrozenJuice.price", package = "AER", description = "Producer price of frozen orange juice, 1950-2000",
       x = column(loaded("FrozenJuice", "AER"), "price")),
  list(id = "FrozenJuice.ppi", package = "AER", description = "US producer price index, finished goods, 1950-2000",
       x = column(loaded("FrozenJuice", "AER"), "ppi")),
  list(id = "PepperPrice.black", package = "AER", description = "Black pepper spot price (USD per ton), 1973-1996",
       x = column(loaded("PepperPrice", "AER"), "black")),
  list(id = "USMacroSWM.production", package = "AER", description = "US industrial production index, 1947-2004",
       x = column(loaded("USMacroSWM", "AER"), "production")),
  list(id = "USMacroSWM.cpi", package = "AER", description = "US consumer price index, 1947-2004",
       x = column(loaded("USMacroSWM", "AER"), "cpi")),
  list(id = "USMacroSWM.expenditure", package = "AER", description = "US consumption expenditure price deflator, 1959-2004",
       x = na.omit(column(loaded("USMacroSWM", "AER"), "expenditure"))),
  list(id = "BondYield", package = "AER", description = "Moody's Aaa corporate bond yield, 1990-1994",
       x = loaded("BondYield", "AER")),
  list(id = "USIncExp.income", package = "strucchange", description = "US personal income (billion USD), 1959-2001",
       x = column(loaded("USIncExp", "strucchange"), "income")),
  list(id = "USIncExp.expenditure", package = "strucchange", description = "US personal consumption expenditures (billion USD), 1959-2001",
       x = column(loaded("USIncExp", "strucchange"), "expenditure")),
  list(id = "fyff", package = "lmtest", description = "US federal funds rate, 1959-1993",
       x = column(loaded("fyff", "lmtest"), "y")),
  list(id = "jocci", package = "lmtest", description = "US commodity price index, 1959-1993",
       x = column(loaded("jocci", "lmtest"), "y")),
  list(id = "lhur", package = "lmtest", description = "US unemployment rate, 1959-1993",
       x = column(loaded("lhur", "lmtest"), "y")),
  list(id = "pw561", package = "lmtest", description = "US producer price index, crude petroleum, 1959-1993",
       x = column(loaded("pw561", "lmtest"), "y")),
  list(id = "tcm10y", package = "tseries", description = "US 10-year Treasury yield, 1953-1999",
       x = column(loaded("tcm", "tseries"), "tcm10y"))
)

# Point forecasts, both intervals and the hold-out MASE of a forecast object.
described <- function(fc, test) {
  stopifnot(identical(as.numeric(fc$level), c(80, 95)))
  list(
    forecast = as.numeric(fc$mean),
    lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2]),
    mase = accuracy(fc, test)["Test set", "MASE"]
  )
}

entries <- lapply(suite, function(entry) {
  x <- entry$x
  stopifnot(frequency(x) == 12, !anyNA(x))
  used <- tail(x, holdout + max_training)
  n <- length(used)
  train <- window(used, end = time(used)[n - holdout])
  test <- window(used, start = time(used)[n - holdout + 1])
  ets_fit <- ets(train)
  arima_fit <- auto.arima(train)
  list(
    id = entry$id,
    package = entry$package,
    description = entry$description,
    start = c(start(used)[1], start(used)[2]),
    values = as.numeric(used),
    ets = c(list(model = ets_fit$method), described(forecast(ets_fit, h = holdout), test)),
    arima = c(list(model = as.character(arima_fit)), described(forecast(arima_fit, h = holdout), test)),
    theta = described(thetaf(train, h = holdout), test),
    snaive = described(snaive(train, h = holdout), test)
  )
})

cat(toJSON(list(
  r = R.version.string,
  forecastPackage = as.character(packageVersion("forecast")),
  holdout = holdout,
  maxTraining = max_training,
  series = entries
), auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")

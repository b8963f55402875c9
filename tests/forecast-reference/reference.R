# The independent reference for src/sales/analytics/forecast: fits R's HoltWinters (additive and
# multiplicative), forecast::ets (chosen by AICc and in fixed forms), forecast::thetaf, forecast::snaive and
# a least-squares trend line on monthly series that ship with R, holding out the last 12 points, and prints
# the series and R's results as JSON on stdout.
# Run by tests/forecast-reference/forecast-reference.test.ts; by hand: Rscript tests/forecast-reference/reference.R
suppressPackageStartupMessages(library(forecast))

holdout <- 12
series <- list(AirPassengers = AirPassengers, UKDriverDeaths = UKDriverDeaths, USAccDeaths = USAccDeaths)

num <- function(v) {
  v <- as.numeric(v)
  paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ","), "]")
}
obj <- function(fields) paste0("{", paste(sprintf("\"%s\":%s", names(fields), unlist(fields)), collapse = ","), "}")
str <- function(s) paste0("\"", s, "\"")

holt_winters <- function(train, test, seasonal) {
  fit <- HoltWinters(train, seasonal = seasonal)
  p80 <- predict(fit, n.ahead = holdout, prediction.interval = TRUE, level = 0.8)
  p95 <- predict(fit, n.ahead = holdout, prediction.interval = TRUE, level = 0.95)
  obj(list(
    alpha = num(fit$alpha), beta = num(fit$beta), gamma = num(fit$gamma), sse = num(fit$SSE),
    level = num(fit$coefficients[["a"]]), trend = num(fit$coefficients[["b"]]),
    forecast = num(p80[, "fit"]), lower80 = num(p80[, "lwr"]), upper80 = num(p80[, "upr"]),
    lower95 = num(p95[, "lwr"]), upper95 = num(p95[, "upr"]),
    mase = num(accuracy(forecast(fit, h = holdout), test)["Test set", "MASE"])
  ))
}

# MASE as forecast::accuracy computes it for a seasonal series: scaled by the in-sample seasonal naive MAE.
mase <- function(forecast, train, test) {
  scale <- mean(abs(diff(as.numeric(train), lag = frequency(train))))
  mean(abs(as.numeric(test) - as.numeric(forecast))) / scale
}

# An ets() fit: its form, estimates, log-likelihood, AICc and forecasts with both intervals.
ets_entry <- function(fit) {
  fc <- forecast(fit, h = holdout, level = c(80, 95))
  par <- fit$par[intersect(c("alpha", "beta", "gamma", "phi"), names(fit$par))]
  obj(list(
    model = str(fit$method), parameters = obj(as.list(sapply(par, num))),
    loglik = num(fit$loglik), aicc = num(fit$aicc), sigma2 = num(fit$sigma2),
    forecast = num(fc$mean), lower80 = num(fc$lower[, 1]), upper80 = num(fc$upper[, 1]),
    lower95 = num(fc$lower[, 2]), upper95 = num(fc$upper[, 2])
  ))
}
ets_forms <- list(ANN = c("ANN", FALSE), AAdN = c("AAN", TRUE), MNN = c("MNN", FALSE), MAN = c("MAN", FALSE),
                  AAA = c("AAA", FALSE), AAdA = c("AAA", TRUE), MAdA = c("MAA", TRUE), MNM = c("MNM", FALSE),
                  MAM = c("MAM", FALSE), MAdM = c("MAM", TRUE))

entries <- sapply(names(series), function(name) {
  x <- series[[name]]
  n <- length(x)
  train <- window(x, end = time(x)[n - holdout])
  test <- window(x, start = time(x)[n - holdout + 1])
  ets_fit <- ets(train)
  ets_fc <- forecast(ets_fit, h = holdout)
  theta_fc <- thetaf(train, h = holdout, level = c(80, 95))
  forms <- sapply(ets_forms, function(form) ets_entry(ets(train, model = form[1], damped = as.logical(form[2]))))
  snaive_fc <- snaive(train, h = holdout)
  t <- seq_along(train)
  line <- lm(y ~ t, data = data.frame(y = as.numeric(train), t = t))
  future <- data.frame(t = length(train) + seq_len(holdout))
  lm80 <- predict(line, future, interval = "prediction", level = 0.8)
  lm95 <- predict(line, future, interval = "prediction", level = 0.95)
  paste0(str(name), ":", obj(list(
    start = num(c(start(x)[1], start(x)[2])),
    frequency = num(frequency(x)),
    values = num(x),
    holdout = num(holdout),
    holtWintersAdditive = holt_winters(train, test, "additive"),
    holtWintersMultiplicative = holt_winters(train, test, "multiplicative"),
    ets = obj(list(model = str(ets_fit$method), forecast = num(ets_fc$mean),
                   mase = num(accuracy(ets_fc, test)["Test set", "MASE"]))),
    etsChosen = ets_entry(ets_fit),
    etsForms = paste0("{", paste(sprintf("\"%s\":%s", names(forms), forms), collapse = ","), "}"),
    theta = obj(list(alpha = num(theta_fc$model$alpha), drift = num(theta_fc$model$drift),
                     forecast = num(theta_fc$mean), lower80 = num(theta_fc$lower[, 1]),
                     upper80 = num(theta_fc$upper[, 1]), lower95 = num(theta_fc$lower[, 2]),
                     upper95 = num(theta_fc$upper[, 2]))),
    snaive = obj(list(forecast = num(snaive_fc$mean), mase = num(accuracy(snaive_fc, test)["Test set", "MASE"]))),
    linear = obj(list(forecast = num(lm80[, "fit"]), lower80 = num(lm80[, "lwr"]), upper80 = num(lm80[, "upr"]),
                      lower95 = num(lm95[, "lwr"]), upper95 = num(lm95[, "upr"]),
                      mase = num(mase(lm80[, "fit"], train, test))))
  )))
})
cat(paste0("{", paste(entries, collapse = ","), "}\n"))

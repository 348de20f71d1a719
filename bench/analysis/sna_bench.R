#!/usr/bin/env Rscript
# Times R sna::brokerage on the cooperation-tie graph bench_analysis ran on (ties.txt, groups.txt),
# for run.sh. Undirected edges enter sna's edgelist in both directions, as the library counts them.
# Prints "key value" lines, times in ms (best of 3).
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
con <- file(file.path(dir, "ties.txt"), "r")
header <- strsplit(readLines(con, n = 1), " ")[[1]]
close(con)
directed <- header[1] == "directed"
n <- as.integer(header[2])
e <- as.matrix(read.table(file.path(dir, "ties.txt"), skip = 1))
el <- cbind(e[, 1] + 1, e[, 2] + 1, 1)
if (!directed) el <- rbind(el, cbind(e[, 2] + 1, e[, 1] + 1, 1))
attr(el, "n") <- n
cl <- scan(file.path(dir, "groups.txt"), quiet = TRUE)
best <- Inf
best_cpu <- Inf
for (i in 1:3) {
  t <- system.time(b <- brokerage(el, cl))
  if (t[["elapsed"]] < best) {
    best <- t[["elapsed"]]
    best_cpu <- t[["user.self"]] + t[["sys.self"]]
  }
}
cat(sprintf("sna_brokerage_ms %.0f\n", best * 1000))
cat(sprintf("sna_brokerage_cpu_ms %.0f\n", best_cpu * 1000))
cat(sprintf("sna_open_two_paths %.0f\n", sum(b$raw.nli[, 6])))

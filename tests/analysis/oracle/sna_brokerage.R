#!/usr/bin/env Rscript
# Writes the R sna::brokerage reference values for every golden graph (Debian 12: r-cran-sna 2.7).
# Run from the repository root after make_graphs_and_networkx.py:
#   Rscript tests/analysis/oracle/sna_brokerage.R
# For NAME.graph it writes NAME.sna: one line per node "node raw[6] exp[6] z[6]" in sna's column
# order w_I w_O b_IO b_OI b_O t, then one line "global raw[6] exp[6] z[6]". Undirected edges enter
# the adjacency matrix in both directions, as the analysis library counts them.
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
golden <- normalizePath(file.path(dirname(script), "..", "golden"))
fmt <- function(x) ifelse(is.nan(x) | is.na(x), "nan", ifelse(is.infinite(x), ifelse(x > 0, "inf", "-inf"), sprintf("%.17g", x)))
for (path in list.files(golden, pattern = "\\.graph$", full.names = TRUE)) {
  lines <- readLines(path)
  directed <- as.integer(strsplit(lines[1], " ")[[1]][2]) == 1
  n <- as.integer(strsplit(lines[2], " ")[[1]][2])
  groups <- as.integer(strsplit(lines[3], " ")[[1]][-1])
  a <- matrix(0, n, n)
  for (line in lines[-(1:3)]) {
    if (nchar(line) == 0) next
    e <- as.numeric(strsplit(line, " ")[[1]])
    if (e[1] == e[2]) next
    a[e[1] + 1, e[2] + 1] <- 1
    if (!directed) a[e[2] + 1, e[1] + 1] <- 1
  }
  b <- brokerage(a, groups)
  out <- character(0)
  for (v in 1:n) out <- c(out, paste(v - 1, paste(fmt(c(b$raw.nli[v, ], b$exp.nli[v, ], b$z.nli[v, ])), collapse = " ")))
  out <- c(out, paste("global", paste(fmt(c(b$raw.gli, b$exp.gli, b$z.gli)), collapse = " ")))
  writeLines(out, sub("\\.graph$", ".sna", path))
}

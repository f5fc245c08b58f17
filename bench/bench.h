/*
 * bench.h - the benchmark harness: time a loop, best of several runs, in
 * nanoseconds per operation. Each figure is printed as `name ns_per_op` so
 * bench/run-bench.sh can set it beside its raw POSIX equivalent.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdio.h>
#include <time.h>

#define BENCH_RUNS 7

static inline double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Runs BODY `iterations` times per run; prints the best run's ns/op. */
#define BENCH(name, iterations, BODY)                                                              \
    do {                                                                                           \
        double best_ = 1e300;                                                                      \
        for (int run_ = 0; run_ < BENCH_RUNS; run_++) {                                            \
            double start_ = bench_now_ns();                                                        \
            for (long i_ = 0; i_ < (iterations); i_++) {                                           \
                BODY;                                                                              \
            }                                                                                      \
            double t_ = (bench_now_ns() - start_) / (double)(iterations);                          \
            if (t_ < best_)                                                                        \
                best_ = t_;                                                                        \
        }                                                                                          \
        printf("%s %.3f\n", name, best_);                                                          \
        fflush(stdout);                                                                            \
    } while (0)

/* Figures that swing with scheduling, with how idle the other processors
 * are, or with slow system calls: the PAL figure and its baseline run
 * alternately, `runs` times each, each going first every other run (neither
 * inherits the other's cache state more often), and each reports its best
 * run (ns per op), so both see the same conditions. */
static inline void bench_pair(const char *base_name, double (*base)(long), const char *pal_name,
                              double (*pal)(long), long ops, int runs)
{
    double best_base = 1e300, best_pal = 1e300;
    for (int run = 0; run < runs; run++) {
        double tb, tp;
        if (run & 1) {
            tp = pal(ops);
            tb = base(ops);
        } else {
            tb = base(ops);
            tp = pal(ops);
        }
        if (tb < best_base)
            best_base = tb;
        if (tp < best_pal)
            best_pal = tp;
    }
    printf("%s %.3f\n%s %.3f\n", base_name, best_base, pal_name, best_pal);
    fflush(stdout);
}

#endif

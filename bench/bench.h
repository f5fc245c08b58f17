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

/* Figures of several threads swing with scheduling and with how idle the
 * other processors are: the PAL figure and its baseline run alternately,
 * BENCH_RUNS times each, and each reports its best run (ns per op). */
static inline void bench_threaded_pair(const char *base_name, double (*base)(long),
                                       const char *pal_name, double (*pal)(long), long ops)
{
    double best_base = 1e300, best_pal = 1e300;
    for (int run = 0; run < BENCH_RUNS; run++) {
        double t = base(ops);
        if (t < best_base)
            best_base = t;
        t = pal(ops);
        if (t < best_pal)
            best_pal = t;
    }
    printf("%s %.3f\n%s %.3f\n", base_name, best_base, pal_name, best_pal);
    fflush(stdout);
}

#endif

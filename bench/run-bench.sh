#!/bin/sh
# run-bench.sh BUILDDIR - runs the benchmarks and prints every PAL figure
# beside its raw POSIX equivalent from the same run, as a ratio.
set -eu
build=${1:-.}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/bench/bench_api" > "$out"
"$build/bench/bench_api_notrace" | sed 's/^pal\./notrace./' >> "$out"
"$build/bench/bench_sync" >> "$out"
"$build/bench/bench_sync_notrace" quick | sed -n 's/^pal\./notrace./p' >> "$out"
"$build/bench/bench_thread" >> "$out"
"$build/bench/bench_file" >> "$out"
"$build/bench/bench_process" >> "$out"

# pal figure | baseline figure | what the ratio means
awk '
{ ns[$1] = $2 }
function row(name, base, goal) {
    if (!(name in ns) || !(base in ns)) return
    printf "%-34s %9.1f ns   %-40s %9.1f ns   %7.2fx   %s\n", name, ns[name], base, ns[base], ns[name] / ns[base], goal
}
END {
    printf "%-34s %12s   %-40s %12s   %8s   %s\n", "PAL", "", "baseline (same run)", "", "ratio", "goal"
    row("pal.CreateEvent_CloseHandle", "posix.eventfd_close", "<= 0.10x")
    row("pal.SetEvent_signalled", "posix.atomic_store", "report (handle lookup cost)")
    row("pal.WaitForSingleObject_signalled", "posix.atomic_store", "report")
    row("pal.SetEvent_signalled", "notrace.SetEvent_signalled", "< 1.01x (tracing compiled in, off)")
    row("pal.WaitForSingleObject_signalled", "notrace.WaitForSingleObject_signalled", "< 1.01x (tracing compiled in, off)")
    row("pal.event_pingpong", "posix.futex_pingpong", "<= 1.1x (round trip, 2 threads)")
    row("pal.EnterLeaveCriticalSection", "posix.pthread_mutex_lock_unlock", "<= 0.6x (uncontended)")
    row("pal.EnterLeaveCS_recursive", "posix.pthread_mutex_lock_unlock", "report (owner re-entering)")
    row("pal.critsec_contended_2threads", "posix.pthread_mutex_contended_2threads", "<= 1.0x (per lock, 2 threads)")
    row("pal.WaitForMultipleObjects_64_last", "posix.poll_64_eventfds_last_ready", "<= 0.1x (already satisfied)")
    row("pal.InterlockedIncrement", "posix.atomic_fetch_add", "report (inlined by the header)")
    row("pal.InterlockedIncrement_exported", "posix.atomic_fetch_add", "report (call to the export)")
    row("pal.named_event_pingpong_2processes", "pal.event_pingpong_1process", "<= 1.3x (named events, 2 processes)")
    row("pal.EnterLeaveCriticalSection", "notrace.EnterLeaveCriticalSection", "< 1.01x (tracing compiled in, off)")
    row("pal.TlsGetValue", "posix.pthread_getspecific", "<= 0.6x (inline, from rotor_pal.h)")
    row("pal.TlsGetValue_exported", "posix.pthread_getspecific", "report (call to the export)")
    row("pal.Suspend_GetContext_Resume", "posix.signal_handshake_roundtrip", "report (round trip, 2 threads)")
    row("pal.CreateThread_Wait_CloseHandle", "posix.pthread_create_join", "<= 1.3x")
    row("pal.SetFilePointer_ReadFile_4k", "posix.lseek_read_4k", "<= 1.05x (page cache)")
    row("pal.WriteFile_4k", "posix.write_4k", "<= 1.05x (page cache)")
    row("pal.CreateFile_CloseHandle", "posix.open_close", "<= 1.2x (absolute name)")
    row("pal.CreateFile_CloseHandle_relative", "posix.open_close_relative", "report (relative name)")
    row("pal.FindNextFile_per_entry", "posix.readdir_per_entry", "<= 1.5x (10,000 entries)")
    row("pal.FindNextFile_per_entry_vs_stat", "posix.readdir_fstatat_per_entry", "report (readdir + one fstatat per entry)")
    row("pal.CreateProcess_wait_true", "posix.posix_spawn_waitpid_true", "<= 1.2x (start /bin/true, wait, exit code)")
}' "$out"

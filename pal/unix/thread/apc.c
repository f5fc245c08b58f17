/*
 * apc.c - QueueUserAPC and the running of queued APCs.
 *
 * Each thread has a FIFO of APCs under a small lock. QueueUserAPC appends,
 * sets apc_pending and alerts the thread's wait (sync_alert in sync/wait.c):
 * an alertable wait (SleepEx, WaitForMultipleObjectsEx) that no object
 * satisfies then ends with WAIT_IO_COMPLETION, and the thread runs every
 * queued APC before the wait returns. A thread that is not in an alertable
 * wait keeps its APCs until it is.
 */
#include "internal.h"
#include "thread.h"

#include <stdlib.h>

struct thread_apc {
    struct thread_apc *next;
    PAPCFUNC function;
    ULONG_PTR data;
};

/* Takes the whole queue. */
static struct thread_apc *apc_take_all(struct pal_thread *thread)
{
    futex_lock_acquire(&thread->apc_lock);
    struct thread_apc *list = thread->apc_head;
    thread->apc_head = thread->apc_tail = NULL;
    atomic_store_explicit(&thread->apc_pending, 0, memory_order_relaxed);
    futex_lock_release(&thread->apc_lock);
    return list;
}

void thread_run_apcs(struct pal_thread *self)
{
    /* APCs queued by an APC run in this same wait, as they do on Windows. */
    struct thread_apc *list;
    while ((list = apc_take_all(self)) != NULL) {
        while (list) {
            struct thread_apc *apc = list;
            list = apc->next;
            apc->function(apc->data);
            free(apc);
        }
    }
}

void thread_free_apcs(struct pal_thread *thread)
{
    struct thread_apc *list = apc_take_all(thread);
    while (list) {
        struct thread_apc *next = list->next;
        free(list);
        list = next;
    }
}

DWORD PALAPI QueueUserAPC(PAPCFUNC pfnAPC, HANDLE hThread, ULONG_PTR dwData)
{
    PAL_TRACE_ENTER(QueueUserAPC, "pfnAPC=%p, hThread=%p, dwData=%p", pfnAPC, hThread,
                    (void *)dwData);
    DWORD ret = 0;
    handle_pin pin = 0;
    struct pal_thread *thread = NULL;
    if (!pfnAPC) {
        /* Windows queues it and the thread crashes running it: refused. */
        error_set(ERROR_INVALID_PARAMETER);
    } else {
        thread = (struct pal_thread *)handle_lookup(hThread, &thread_ops, &pin);
    }
    if (thread && atomic_load_explicit(&thread->ended, memory_order_acquire)) {
        /* Nobody would ever run it. */
        error_set(ERROR_GEN_FAILURE);
    } else if (thread) {
        struct thread_apc *apc = malloc(sizeof(*apc));
        if (!apc) {
            error_set(ERROR_NOT_ENOUGH_MEMORY);
        } else {
            apc->next = NULL;
            apc->function = pfnAPC;
            apc->data = dwData;
            futex_lock_acquire(&thread->apc_lock);
            if (thread->apc_tail)
                thread->apc_tail->next = apc;
            else
                thread->apc_head = apc;
            thread->apc_tail = apc;
            atomic_store_explicit(&thread->apc_pending, 1, memory_order_seq_cst);
            futex_lock_release(&thread->apc_lock);
            sync_alert(thread);
            ret = 1;
        }
    }
    handle_unpin(pin);
    return PAL_TRACE_RETURN(QueueUserAPC, DWORD, "%u", ret);
}

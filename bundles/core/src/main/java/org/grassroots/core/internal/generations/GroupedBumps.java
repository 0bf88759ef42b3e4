package org.grassroots.core.internal.generations;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Group commit of generation bumps. Every audited write waits, after its own commit, until the numbers of the modules
 * it changed have moved. With one bump per write, many writers would queue behind the one bumping thread, one short
 * transaction each. Here the writers that arrive while a bump runs are collected, and the next bump moves the union
 * of their modules once for all of them.
 * <p>
 * Why a shared bump is enough: a writer's modules enter the queue after its commit, and the queue is taken before
 * the bump's UPDATE runs, so the number a writer waits for moves after its data changed. A module changed by ten
 * writers of one group moves by one, not ten: the numbers say "changed since", they count nothing.
 */
final class GroupedBumps {
    private final Consumer<Set<String>> bump;
    private final Executor bumper;
    /** Guards {@link #queued} and {@link #queuedMoved}: the modules of the next bump and its writers' answer. */
    private final Object lock = new Object();
    private Set<String> queued = new HashSet<>();
    private CompletableFuture<Void> queuedMoved;

    /** {@code bump} moves the numbers of the modules given; it runs on {@code bumper}, one call at a time. */
    GroupedBumps(Consumer<Set<String>> bump, Executor bumper) {
        this.bump = bump;
        this.bumper = bumper;
    }

    /** Queues {@code modules} for the next bump; completes once a bump that includes them is committed. */
    CompletableFuture<Void> move(Set<String> modules) {
        synchronized (lock) {
            queued.addAll(modules);
            if (queuedMoved == null) {
                queuedMoved = new CompletableFuture<>();
                try {
                    bumper.execute(this::bumpQueued);
                } catch (RejectedExecutionException e) {
                    CompletableFuture<Void> refused = queuedMoved; // the component is going away
                    queued = new HashSet<>();
                    queuedMoved = null;
                    refused.completeExceptionally(e);
                    return refused;
                }
            }
            return queuedMoved;
        }
    }

    /** On the bumper: takes everything queued so far, moves it in one go and answers its writers. */
    private void bumpQueued() {
        Set<String> modules;
        CompletableFuture<Void> moved;
        synchronized (lock) {
            modules = queued;
            moved = queuedMoved;
            queued = new HashSet<>();
            queuedMoved = null;
        }
        try {
            bump.accept(modules);
            moved.complete(null);
        } catch (RuntimeException e) {
            moved.completeExceptionally(e);
        }
    }
}

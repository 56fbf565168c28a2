using System.Threading.Channels;
using Deliberation.Domain.Ballots;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.Requests;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>
/// Group commit for votes. Requests queue in one channel; whenever some wait and fewer than
/// <see cref="MaxInFlight"/> batches are being saved, the batcher takes all that wait (at most
/// <see cref="MaxBatch"/>) and records them in one unit of work (<see cref="VoteBatch"/>). Alone, a
/// vote waits for nobody; under load, votes pile up while the batches in flight are saved, and the
/// next batch takes them all, so the cost of a transaction is shared. Two batches that touch the
/// same voter (a retry sent while the first copy is still being saved, say) meet in the database: one
/// fails as a whole, and its requests are decided again one by one against what the other recorded.
/// </summary>
public sealed class VoteBatcher(IDocumentStore store, Electorates electorates, BallotKeys keys, TimeProvider clock, ILogger<VoteBatcher> logger) : BackgroundService
{
    public const int MaxBatch = 256;
    private const int Attempts = 5;

    /// <summary>
    /// Enough batches in flight to keep the database busy while others wait for their commit to reach
    /// the disk; each holds a connection. A bound, not a target: at 64 callers about 10 votes share a
    /// batch whether 2, 4 or 8 per core may be in flight (docs/benchmarks.md).
    /// </summary>
    private static readonly int MaxInFlight = 8 * Environment.ProcessorCount;

    private readonly Channel<PendingVote> queue = Channel.CreateUnbounded<PendingVote>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim slots = new(MaxInFlight);
    private readonly VoteRows rows = new(store);

    /// <summary>Queues a request and answers with the vote as it stands after it (and its receipt), or throws the request's own error.</summary>
    public async Task<VoteAnswer> SubmitAsync(VoteRequest request, CancellationToken cancellationToken)
    {
        var pending = new PendingVote(request, new TaskCompletionSource<VoteAnswer>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // A caller who gives up stops waiting; the request may still be recorded, and a retry with its request id gets that answer.
        return await pending.Answer.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            await slots.WaitAsync(stoppingToken);
            var batch = new List<PendingVote>();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending)) batch.Add(pending);
            _ = Task.Run(async () =>
            {
                try
                {
                    await RecordAsync(batch, stoppingToken);
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None);
        }
    }

    private async Task RecordAsync(IReadOnlyList<PendingVote> batch, CancellationToken stoppingToken)
    {
        try
        {
            Answer(await VoteBatch.CommitAsync(store, rows, electorates, keys, batch, clock.GetUtcNow(), stoppingToken));
        }
        catch (Exception e) when (CommandRunner.IsConflict(e))
        {
            logger.LogDebug(e, "A batch of {Count} vote requests met a concurrent write; deciding them one by one", batch.Count);
            foreach (var pending in batch) await RecordAloneAsync(pending, stoppingToken);
        }
        catch (Exception e)
        {
            foreach (var pending in batch) pending.Answer.TrySetException(e);
        }
    }

    private async Task RecordAloneAsync(PendingVote pending, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Answer(await VoteBatch.CommitAsync(store, rows, electorates, keys, [pending], clock.GetUtcNow(), stoppingToken));
                return;
            }
            catch (Exception e) when (CommandRunner.IsConflict(e) && attempt < Attempts)
            {
                logger.LogDebug(e, "Retrying a vote request after a concurrent write (attempt {Attempt})", attempt);
            }
            catch (Exception e)
            {
                pending.Answer.TrySetException(CommandRunner.IsConflict(e) ? new ConcurrencyConflict(e) : e);
                return;
            }
        }
    }

    private static void Answer(IEnumerable<(PendingVote Pending, VoteAnswer? Answer, Exception? Error)> outcomes)
    {
        foreach (var (pending, answer, error) in outcomes)
            if (error is null) pending.Answer.TrySetResult(answer!);
            else pending.Answer.TrySetException(error);
    }
}

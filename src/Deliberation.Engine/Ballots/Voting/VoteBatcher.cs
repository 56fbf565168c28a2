using System.Threading.Channels;
using Deliberation.Domain.Ballots;
using Deliberation.Engine.Requests;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>
/// Group commit for votes. Requests queue on one of a few lanes, chosen by voter, so one voter's
/// requests are decided in the order they came and never race each other on one node. Each lane
/// takes whatever has queued while its previous batch was being saved (at most <see cref="MaxBatch"/>)
/// and records it in one unit of work (<see cref="VoteBatch"/>): under load, many votes share one
/// transaction; alone, a vote waits for nobody. When a batch meets a concurrent write (another node,
/// or a retry of the same request elsewhere), its requests are decided again one by one.
/// </summary>
public sealed class VoteBatcher(IDocumentStore store, Electorates electorates, TimeProvider clock, ILogger<VoteBatcher> logger) : BackgroundService
{
    public const int MaxBatch = 256;
    private const int Attempts = 5;

    // Two lanes per core: while one lane waits on the database, another gathers the next batch.
    private readonly Channel<PendingVote>[] lanes = Enumerable.Range(0, Math.Max(2, 2 * Environment.ProcessorCount))
        .Select(_ => Channel.CreateUnbounded<PendingVote>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    /// <summary>Queues a request and answers with the vote as it stands after it, or throws the request's own error.</summary>
    public async Task<Vote> SubmitAsync(VoteRequest request, CancellationToken cancellationToken)
    {
        var pending = new PendingVote(request, new TaskCompletionSource<Vote>(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = lanes[(int)((uint)request.VoterId.GetHashCode() % (uint)lanes.Length)];
        await lane.Writer.WriteAsync(pending, cancellationToken);
        // A caller who gives up stops waiting; the request may still be recorded, and a retry with its request id gets that answer.
        return await pending.Answer.Task.WaitAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(lanes.Select(lane => Task.Run(() => DrainAsync(lane.Reader, stoppingToken), stoppingToken)));

    private async Task DrainAsync(ChannelReader<PendingVote> lane, CancellationToken stoppingToken)
    {
        var batch = new List<PendingVote>(MaxBatch);
        while (await lane.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && lane.TryRead(out var pending)) batch.Add(pending);
            await RecordAsync(batch, stoppingToken);
        }
    }

    private async Task RecordAsync(IReadOnlyList<PendingVote> batch, CancellationToken stoppingToken)
    {
        try
        {
            Answer(await VoteBatch.CommitAsync(store, electorates, batch, clock.GetUtcNow(), stoppingToken));
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
                Answer(await VoteBatch.CommitAsync(store, electorates, [pending], clock.GetUtcNow(), stoppingToken));
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

    private static void Answer(IEnumerable<(PendingVote Pending, Vote? Vote, Exception? Error)> outcomes)
    {
        foreach (var (pending, vote, error) in outcomes)
            if (error is null) pending.Answer.TrySetResult(vote!);
            else pending.Answer.TrySetException(error);
    }
}

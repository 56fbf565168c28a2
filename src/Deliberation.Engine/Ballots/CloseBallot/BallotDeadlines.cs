using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Common;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.Requests;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

/// <summary>
/// Closes ballots whose deadline has passed. The deadlines live in the ballots' read model, so they
/// survive restarts; each close is a request with an id of its own (the ballot's), so several engine
/// nodes, or a restart in the middle, close a ballot once. A ballot a moderator closed first is left be.
/// </summary>
public sealed class BallotDeadlines(IDocumentStore store, CommandRunner runner, BallotKeys keys, TimeProvider clock, ILogger<BallotDeadlines> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await CloseDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not close the ballots whose deadline passed; trying again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Ballot> due;
        await using (var query = store.QuerySession())
            due = await query.Query<Ballot>().Where(b => b.DueAt != null && b.DueAt <= now).ToListAsync(cancellationToken);

        foreach (var ballot in due)
        {
            var key = new RequestKey("BallotDeadline", "schedule", ballot.Id.ToString(), "schedule");
            try
            {
                await BallotClosing.CloseAsync(runner, keys, key, new Command(ballot.Id, Actor.Schedule), cancellationToken);
                logger.LogInformation("Ballot {Ballot} of session {Session} closed at its deadline", ballot.Id, ballot.SessionId);
            }
            catch (RuleViolation e)
            {
                logger.LogDebug("Ballot {Ballot} needs no closing at its deadline: {Reason}", ballot.Id, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One ballot's trouble must not hold up the others' deadlines; it is tried again next time.
                logger.LogWarning(e, "Could not close ballot {Ballot} at its deadline", ballot.Id);
            }
        }
    }
}

using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Engine.Requests;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Sessions.Agenda;

/// <summary>
/// Advances phases whose deadline has passed. The deadlines live in the sessions' read model, so
/// they survive restarts; each advance is a request with an id of its own (round and phase), so
/// several engine nodes, or a restart in the middle, advance a phase once.
/// </summary>
public sealed class PhaseDeadlines(IDocumentStore store, CommandRunner runner, TimeProvider clock, ILogger<PhaseDeadlines> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await AdvanceDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not advance the phases whose deadline passed; trying again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task AdvanceDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Session> due;
        await using (var query = store.QuerySession())
            due = await query.Query<Session>().Where(s => s.NextDeadline != null && s.NextDeadline <= now).ToListAsync(cancellationToken);

        foreach (var session in due)
        {
            var round = session.CurrentRound!;
            var command = new AdvancePhase(session.Id, round.Id, round.PhaseIndex, Actor.Schedule, OnlyIfDue: true);
            var key = new RequestKey("PhaseDeadline", "schedule", $"{round.Id}/{round.PhaseIndex}", "schedule");
            try
            {
                await runner.DecideOnSessionAsync(key, session.Id, Actor.Schedule, (state, at) => AdvancePhase.Decide(state, command, at), cancellationToken);
                logger.LogInformation("Round {Round} of session {Session} left its {Phase} phase at its deadline", round.Id, session.Id, round.Phase);
            }
            catch (RuleViolation e)
            {
                logger.LogDebug("Deadline of round {Round} needs no advance: {Reason}", round.Id, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One session's trouble must not hold up the others' deadlines; it is tried again next time.
                logger.LogWarning(e, "Could not advance round {Round} of session {Session} at its deadline", round.Id, session.Id);
            }
        }
    }
}

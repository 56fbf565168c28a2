using Deliberation.Domain.Access;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Scheduling;
using Marten;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Sessions.Agenda;

/// <summary>Advances phases whose deadline has passed, once per round and phase (the request's id).</summary>
public sealed class PhaseDeadlines(IDocumentStore store, CommandRunner runner, TimeProvider clock, ILogger<PhaseDeadlines> logger)
    : DeadlineSchedule<Session>(store, clock, logger)
{
    protected override async Task<IReadOnlyList<Session>> DueAsync(IQuerySession query, DateTimeOffset now, CancellationToken cancellationToken) =>
        await query.Query<Session>().Where(s => s.NextDeadline != null && s.NextDeadline <= now).ToListAsync(cancellationToken);

    protected override Task ActAsync(Session session, CancellationToken cancellationToken)
    {
        var round = session.CurrentRound!;
        var command = new AdvancePhase(session.Id, round.Id, round.PhaseIndex, Actor.Schedule, OnlyIfDue: true);
        var key = new RequestKey("PhaseDeadline", "schedule", $"{round.Id}/{round.PhaseIndex}", "schedule");
        return runner.DecideOnSessionAsync(key, session.Id, Actor.Schedule, (state, at) => AdvancePhase.Decide(state, command, at), cancellationToken);
    }

    protected override string Describe(Session session) =>
        $"The {session.CurrentRound!.Phase} phase of round {session.CurrentRound.Id} of session {session.Id}";
}

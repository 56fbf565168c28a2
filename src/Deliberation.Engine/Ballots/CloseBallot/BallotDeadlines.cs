using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Scheduling;
using Marten;
using Microsoft.Extensions.Logging;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

/// <summary>Closes ballots whose deadline has passed, once per ballot (the request's id); a ballot a moderator closed first is left be.</summary>
public sealed class BallotDeadlines(IDocumentStore store, CommandRunner runner, BallotKeys keys, TimeProvider clock, ILogger<BallotDeadlines> logger)
    : DeadlineSchedule<Ballot>(store, clock, logger)
{
    protected override async Task<IReadOnlyList<Ballot>> DueAsync(IQuerySession query, DateTimeOffset now, CancellationToken cancellationToken) =>
        await query.Query<Ballot>().Where(b => b.DueAt != null && b.DueAt <= now).ToListAsync(cancellationToken);

    protected override Task ActAsync(Ballot ballot, CancellationToken cancellationToken) =>
        BallotClosing.CloseAsync(runner, keys, new RequestKey("BallotDeadline", "schedule", ballot.Id.ToString(), "schedule"),
            new Command(ballot.Id, Actor.Schedule), cancellationToken);

    protected override string Describe(Ballot ballot) => $"Ballot {ballot.Id} of session {ballot.SessionId}";
}

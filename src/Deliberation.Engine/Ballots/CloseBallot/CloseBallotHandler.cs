using System.Security.Cryptography;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

public static class CloseBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, BallotKeys keys, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Exclusive: every vote batch holding the lock shared has committed, and every later one sees the ballot closed.
        await TransactionLock.TakeExclusiveAsync(session, command.BallotId, cancellationToken);
        var votes = (await session.Query<Vote>().Where(v => v.BallotId == command.BallotId).ToListAsync(cancellationToken)).ToArray();
        // The record lists votes in an order that says nothing about who voted when.
        RandomNumberGenerator.Shuffle(votes.AsSpan());
        var current = await session.LoadAsync<Ballot>(command.BallotId, cancellationToken);
        var target = current is null ? null : await session.LoadAsync<Session>(current.SessionId, cancellationToken);
        var electorate = current is null ? null : await session.LoadAsync<Electorate>(current.Id, cancellationToken);
        IReadOnlyList<Domain.Ballots.Proxies.Proxy> proxies = [];
        if (current is not null)
        {
            // Shared with other closes, exclusive against grants and revocations: the proxies read here stand until this commits.
            await TransactionLock.ShareAsync(session, Proxies.ProxyHandlers.LockFor(current.SessionId), cancellationToken);
            proxies = await Proxies.ProxyHandlers.ReadAsync(session, current.SessionId, cancellationToken);
        }
        var closed = await session.DecideAsync<Ballot>(command.BallotId,
            ballot => [Command.Decide(ballot, target!, electorate!, votes, paper => keys.Unseal(command.BallotId, paper), command, now, proxies, Voting.Receipts.New)], cancellationToken);
        if (closed.ProposalId is { } proposalId)
            await session.DecideAsync<Domain.Proposals.Proposal>(proposalId, proposal => Command.ConsequencesOf(closed, proposal), cancellationToken);
        return closed;
    }
}

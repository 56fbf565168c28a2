using Deliberation.Domain.Ballots;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using Marten;

namespace Deliberation.Engine.Ballots;

/// <summary>
/// The votes standing on an open ballot, by choice (on a motion) or position (on consent); a secret ballot's sealed ones
/// count only towards <see cref="Count"/>.
/// </summary>
public sealed record StandingVotes(int Count, int Yes, int No, int Abstain, int Consent, int StandAside, int Block);

/// <summary>What the ballots' read models tell beyond one document.</summary>
public sealed class BallotReader(IDocumentStore store)
{
    public async Task<StandingVotes> StandingAsync(Guid ballotId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var papers = await session.Query<Vote>().Where(v => v.BallotId == ballotId && v.Paper != null).Select(v => v.Paper!).ToListAsync(cancellationToken);
        return new StandingVotes(papers.Count, papers.Count(p => p.Choice == MotionChoice.Yes), papers.Count(p => p.Choice == MotionChoice.No),
            papers.Count(p => p.Choice == MotionChoice.Abstain), papers.Count(p => p.Position == ConsentChoice.Consent),
            papers.Count(p => p.Position == ConsentChoice.StandAside), papers.Count(p => p.Position == ConsentChoice.Block));
    }

    /// <summary>Every voter's proxies in a session, as they stand.</summary>
    public async Task<IReadOnlyList<Domain.Ballots.Proxies.Proxy>> ProxiesAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await Proxies.ProxyHandlers.ReadAsync(session, sessionId, cancellationToken);
    }
}

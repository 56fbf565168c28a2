using Deliberation.Domain.Ballots;
using Marten;

namespace Deliberation.Engine.Ballots;

/// <summary>What the ballots' read models tell beyond one document.</summary>
public sealed class BallotReader(IDocumentStore store)
{
    /// <summary>How many voters have a vote standing on the ballot: participation, not choices.</summary>
    public async Task<int> VotesStandingAsync(Guid ballotId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Vote>().CountAsync(v => v.BallotId == ballotId && v.Choice != null, cancellationToken);
    }
}

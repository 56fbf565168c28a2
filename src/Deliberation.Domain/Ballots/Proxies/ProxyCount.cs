namespace Deliberation.Domain.Ballots.Proxies;

/// <summary>Whose votes the proxies carry at a ballot's close.</summary>
public static class ProxyCount
{
    /// <summary>
    /// For each holder with a vote standing, the electors counted with it: electors of the ballot with no vote
    /// of their own (a direct vote always overrides a grant) whose grant for this ballot, else for the session,
    /// goes to that holder, who is in the electorate too.
    /// </summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<Elector>> Carried(Guid ballotId, Electorate electorate, IReadOnlySet<Guid> voted, IReadOnlyCollection<Proxy> proxies) =>
        proxies
            .Where(p => electorate.Voters.ContainsKey(p.GrantorId) && !voted.Contains(p.GrantorId))
            .Select(p => (Grantor: electorate.Voters[p.GrantorId], Holder: p.HolderFor(ballotId)))
            .Where(x => x.Holder is { } holder && voted.Contains(holder) && electorate.Voters.ContainsKey(holder))
            .GroupBy(x => x.Holder!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Elector>)g.Select(x => x.Grantor).ToList());
}

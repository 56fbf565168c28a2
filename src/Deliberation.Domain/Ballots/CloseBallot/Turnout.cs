namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>How many of one group's voters voted.</summary>
public sealed record GroupTurnout(string Dimension, string Value, int Electors, int Voted);

/// <summary>
/// Participation in a closed ballot: of the electorate fixed when it opened, how many had a vote
/// standing at close, overall and per group value (groups as they were at opening). It says who
/// took part, never how: on a secret ballot it tells nothing the record of participation did not.
/// </summary>
public sealed record Turnout(int Electors, int Voted, IReadOnlyList<GroupTurnout> ByGroup)
{
    /// <summary>Votes counted in the room (paper, show of hands): not tied to anyone in the electorate, so reported apart.</summary>
    public int CountedInRoom { get; init; }

    /// <summary>Electors among <see cref="Voted"/> whose vote a proxy cast for them.</summary>
    public int ByProxy { get; init; }

    public static Turnout Of(Electorate electorate, IEnumerable<Guid> voters)
    {
        var voted = voters.ToHashSet();
        var byGroup = GroupValues.Of(electorate.Voters.Values, e => e.Groups)
            .Select(g => new GroupTurnout(g.Key.Dimension, g.Key.Value, g.Count(), g.Count(e => voted.Contains(e.ParticipantId))))
            .ToList();
        return new Turnout(electorate.Voters.Count, electorate.Voters.Keys.Count(voted.Contains), byGroup);
    }
}

using Deliberation.Domain.Common;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>One option of an options ballot: a key voters mark it by, its label in the session's languages, and its cost in a participatory budget.</summary>
public sealed record BallotOption(string Key, LocalizedText Label, decimal? Cost = null);

/// <summary>What an options ballot offers and how it is decided: a choice among options, an election of several, or a participatory budget.</summary>
public sealed record BallotOptions(IReadOnlyList<BallotOption> Options, OptionsRule Rule)
{
    /// <summary>Options on one ballot at most (the tally library's own limit for options).</summary>
    public const int MaxOptions = 200;

    public IReadOnlyList<string> Keys => Options.Select(o => o.Key).ToList();
}

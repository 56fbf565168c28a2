using Deliberation.Tally.Choices;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>
/// How an options ballot came out: the options <see cref="Chosen"/> (the winner; the elected; the funded projects,
/// in the order chosen), whether the count <see cref="Decided"/> it (false: a tie that decides it was met and the
/// rule has no tie-break, so <see cref="Chosen"/> lists the tied winners or what was chosen before the tie), the
/// library's own sentence, and per option the <see cref="Measure"/> the voters gave it (votes, approvals, points,
/// first preferences), in the ballot's order of options.
/// </summary>
public sealed record OptionsResult(IReadOnlyList<string> Chosen, bool Decided, string Explanation, string Measure, IReadOnlyList<OptionTotal> Totals)
{
    /// <summary>What the papers counted that marked no option weigh (each voter of weight one counts one), as the totals are weighted.</summary>
    public int Blank { get; init; }

    /// <summary>The same totals per group value: every value of every dimension held by someone who voted.</summary>
    public IReadOnlyList<OptionsGroupTotals> ByGroup { get; init; } = [];

    /// <summary>What the funded projects cost together (participatory budgets).</summary>
    public decimal? Spent { get; init; }
}

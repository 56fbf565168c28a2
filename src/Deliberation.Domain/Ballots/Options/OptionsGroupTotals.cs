using Deliberation.Tally.Choices;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>
/// What the voters of one group value gave each option on a closed options ballot, in the measure of the overall totals
/// and weighted as they are, with the blank papers' weight. On a secret ballot a value with fewer than
/// <see cref="CloseBallot.BallotTally.FewestToShow"/> voters shows no totals (<see cref="Withheld"/>).
/// </summary>
public sealed record OptionsGroupTotals(string Dimension, string Value, int Voted, IReadOnlyList<OptionTotal> Totals, int Blank, bool Withheld);

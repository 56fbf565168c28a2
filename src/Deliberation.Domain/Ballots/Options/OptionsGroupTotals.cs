using Deliberation.Tally.Choices;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>
/// What the voters of one group value gave each option on a closed options ballot, in the measure of the overall totals
/// and weighted as they are, with the blank papers' weight. On a secret ballot a value with one or two voters online
/// shows no totals (<see cref="Withheld"/>; see <see cref="CloseBallot.BallotTally.Withholds"/>).
/// </summary>
public sealed record OptionsGroupTotals(string Dimension, string Value, int Voted, IReadOnlyList<OptionTotal> Totals, int Blank, bool Withheld);

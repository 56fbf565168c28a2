namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// How one group value's voters voted (weighted), and, for a value the rule requires a majority in,
/// whether it held there. On a secret ballot a value with one or two voters online shows no counts
/// (<see cref="Withheld"/>): they would tell those voters' choices (see <see cref="BallotTally.Withholds"/>).
/// </summary>
public sealed record GroupVotes(string Dimension, string Value, int Voted, int Yes, int No, int Abstain, bool Required, bool Held, bool Withheld);

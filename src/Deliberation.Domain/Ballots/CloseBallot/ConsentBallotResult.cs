using Deliberation.Tally.Groups;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// How a consent ballot came out: the positions (weighted), whether it was adopted and otherwise why not
/// (<see cref="Outcome"/>), the library's own sentence, and the positions by every group value of the voters.
/// </summary>
public sealed record ConsentBallotResult(
    int Consent, int StandAside, int Block, ConsentOutcome Outcome, string Explanation, IReadOnlyList<GroupConsent> ByGroup)
{
    public bool Adopted => Outcome == ConsentOutcome.Adopted;
}

/// <summary>
/// How one group value's voters stood (weighted); where the rule gives each value of its dimension a veto
/// (<see cref="Vetoes"/>), whether their blocks stopped the decision. On a secret ballot a value with one or two voters
/// shows no positions (<see cref="Withheld"/>; see <see cref="BallotTally.Withholds"/>), only whether it stopped it.
/// </summary>
public sealed record GroupConsent(string Dimension, string Value, int Voted, int Consent, int StandAside, int Block, bool Vetoes, bool Stopped, bool Withheld);

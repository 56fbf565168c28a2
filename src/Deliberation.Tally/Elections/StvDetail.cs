using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Elections;

public enum StvAction
{
    /// <summary>First preferences counted.</summary>
    FirstCount,
    /// <summary>An elected candidate's surplus transferred.</summary>
    Surplus,
    /// <summary>The candidate with fewest votes excluded and their ballots transferred.</summary>
    Exclusion,
    /// <summary>As many candidates left as seats: they are elected without reaching the quota.</summary>
    FillRemaining,
}

/// <summary>
/// One STV stage: what was done (to <paramref name="Candidate"/>), the transfer value applied to the moved
/// ballots (the surplus over the candidate's votes; 1 for an exclusion), the transfers, everyone's votes after
/// the stage, the exhausted votes and the votes lost to rounding so far, and who was elected at this stage.
/// </summary>
public sealed record StvRound(
    int Number,
    StvAction Action,
    string? Candidate,
    decimal? TransferValue,
    IReadOnlyList<VoteTransfer> Transfers,
    IReadOnlyList<OptionTotal> Votes,
    decimal Exhausted,
    decimal LostToRounding,
    IReadOnlyList<string> Elected);

public sealed record StvDetail(QuotaKind QuotaKind, decimal Quota, decimal ValidVotes, int Seats, IReadOnlyList<StvRound> Rounds);

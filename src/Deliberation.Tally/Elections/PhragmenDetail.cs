namespace Deliberation.Tally.Elections;

/// <summary>A load as an exact fraction (for example "11/32") with a decimal approximation for display.</summary>
public sealed record Load(string Exact, decimal Approximate);

/// <summary>A candidate's new maximal load if elected at this seat.</summary>
public sealed record CandidateLoad(string Candidate, Load Load);

/// <summary>One seat of sequential Phragmén: who was elected, the new maximal load, and every candidate's.</summary>
public sealed record PhragmenRound(int Seat, string Elected, Load MaxLoad, IReadOnlyList<CandidateLoad> Candidates);

/// <summary>
/// The seat-by-seat working and the final load per ballot (by the index of the ballot in the input; a
/// ballot's load is per unit of weight).
/// </summary>
public sealed record PhragmenDetail(IReadOnlyList<PhragmenRound> Rounds, IReadOnlyList<Load> BallotLoads);

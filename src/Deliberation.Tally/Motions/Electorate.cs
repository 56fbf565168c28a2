namespace Deliberation.Tally.Motions;

/// <summary>
/// Who could have voted: the eligible members and, where known, those present. In the same unit as the
/// ballot weights (a head count when every weight is 1). Needed for the Present and Eligible bases and for quorums.
/// </summary>
public sealed record Electorate(decimal Eligible, decimal? Present = null);

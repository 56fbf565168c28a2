namespace Deliberation.Tally.Choices;

public sealed record OptionScore(string Option, decimal Score);

/// <summary>Scores for some options; an option left unscored gets the minimum of the range.</summary>
public sealed record ScoreBallot(IReadOnlyList<OptionScore> Scores, decimal Weight = 1m);

/// <summary>The allowed scores, inclusive: for example 0 to 10, or -2 to 2.</summary>
public sealed record ScoreRange(decimal Min, decimal Max);

namespace Deliberation.Tally.Choices;

/// <summary>A single mark for one option.</summary>
public sealed record PluralityBallot(string Option, decimal Weight = 1m);

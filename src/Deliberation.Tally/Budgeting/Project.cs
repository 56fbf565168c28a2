namespace Deliberation.Tally.Budgeting;

/// <summary>A project that can be funded, at its cost, in the budget's currency.</summary>
public sealed record Project(string Id, decimal Cost);

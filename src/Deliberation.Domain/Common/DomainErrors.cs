namespace Deliberation.Domain.Common;

/// <summary>A command broke a rule of the domain; nothing was recorded.</summary>
public sealed class RuleViolation(RuleViolationReason reason, string message) : Exception(message)
{
    public RuleViolationReason Reason { get; } = reason;
}

/// <summary>A command named something that does not exist; nothing was recorded.</summary>
public sealed class NotFound(string kind, Guid id) : Exception($"No {kind} has the id {id}.")
{
    public string Kind { get; } = kind;
    public Guid Id { get; } = id;
}

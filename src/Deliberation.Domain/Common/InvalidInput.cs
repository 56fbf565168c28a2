namespace Deliberation.Domain.Common;

/// <summary>One part of a command that cannot be carried out as given, named by its path in the request.</summary>
public sealed record FieldProblem(string Field, string Problem);

/// <summary>
/// A command's input is wrong in a way only the state can tell (an unknown paragraph, a range
/// outside the text, a language the session does not use); nothing was recorded.
/// </summary>
public sealed class InvalidInput(IReadOnlyList<FieldProblem> problems)
    : Exception("Invalid input: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Problem}")))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    public InvalidInput(string field, string problem) : this([new FieldProblem(field, problem)]) { }

    /// <summary>Throws when any problem was found, reporting all of them at once.</summary>
    public static void ThrowIfAny(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0) throw new InvalidInput(problems);
    }
}

namespace Deliberation.Tally;

/// <summary>One problem with the input, located by a path such as <c>ballots[3].ranking[1]</c>.</summary>
public sealed record FieldViolation(string Path, string Problem);

/// <summary>
/// Thrown when ballots or a rule are malformed. Each violation names the field, so the gRPC layer can
/// answer INVALID_ARGUMENT with one BadRequest field violation per item.
/// </summary>
public sealed class TallyInputError(IReadOnlyList<FieldViolation> violations)
    : ArgumentException(Summarise(violations))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    private static string Summarise(IReadOnlyList<FieldViolation> violations) =>
        violations.Count == 0
            ? "The tally input is invalid."
            : $"The tally input is invalid: {string.Join("; ", violations.Take(5).Select(v => $"{v.Path}: {v.Problem}"))}"
              + (violations.Count > 5 ? $"; and {violations.Count - 5} more." : ".");
}

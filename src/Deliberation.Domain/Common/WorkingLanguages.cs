namespace Deliberation.Domain.Common;

public static class WorkingLanguages
{
    /// <summary>Texts may only be written in the session's working languages.</summary>
    public static void Require(IReadOnlyList<string> working, string what, params LocalizedText[] texts)
    {
        var foreign = texts.SelectMany(t => t.Languages()).Where(l => !working.Contains(l)).Distinct().ToList();
        if (foreign.Count > 0)
            throw new RuleViolation(RuleViolationReason.LanguageNotInSession,
                $"The {what} is written in {string.Join(", ", foreign)}, which is not a working language of the session " +
                $"(those are {string.Join(", ", working)}).");
    }
}

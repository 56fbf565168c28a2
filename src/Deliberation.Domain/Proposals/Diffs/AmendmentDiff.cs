using Deliberation.Domain.Proposals.Amendments;

namespace Deliberation.Domain.Proposals.Diffs;

/// <summary>What an amendment changes, shown against the text it applies to.</summary>
public static class AmendmentDiff
{
    /// <param name="atBase">The proposal at the amendment's base version (for a sub-amendment: at its parent's base version).</param>
    public static TextDiff Of(Proposal atBase, Amendment amendment, Amendment? parent, string language)
    {
        var (before, after) = parent is null
            ? (atBase.Paragraphs, Operations.Apply(atBase.Paragraphs, amendment.Operations, atBase.AuthoritativeLanguage, atBase.VersionNumber + 1))
            : (Operations.Apply(atBase.Paragraphs, parent.Operations, atBase.AuthoritativeLanguage, atBase.VersionNumber + 1),
               Operations.Apply(atBase.Paragraphs, Operations.ApplyToAmendment(parent.Operations, amendment.Operations), atBase.AuthoritativeLanguage, atBase.VersionNumber + 1));
        return TextDiff.Between(atBase.Title, before, atBase.Title, after, language);
    }
}

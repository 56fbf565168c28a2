using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.Translation;

/// <summary>
/// Write the title and paragraphs in one working language other than the authoritative one, making
/// them current with it. The author, a co-sponsor or a moderator may translate.
/// </summary>
public sealed record TranslateProposal(
    Guid ProposalId, string Language, string? Title, IReadOnlyDictionary<string, string> Paragraphs, Actor By, bool ByModerator = false,
    int? WrittenOn = null)
{
    public static IReadOnlyList<object> Decide(Proposal? current, Session session, TranslateProposal command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        if (!command.ByModerator && command.By != proposal.Author && proposal.Cosponsors.All(c => Actor.Member(c.ParticipantId) != command.By))
            throw new RuleViolation(RuleViolationReason.NotTheAuthor, $"Only the author, a co-sponsor or a moderator may translate proposal {proposal.Id}.");

        var problems = new List<FieldProblem>();
        if (!session.Languages.Contains(command.Language))
            problems.Add(new("language", $"is not a working language of the session ({string.Join(", ", session.Languages)})"));
        else if (command.Language == proposal.AuthoritativeLanguage)
            problems.Add(new("language", "is the authoritative language: its text changes by revision (ReviseProposal)"));
        problems.AddRange(command.Paragraphs.Keys.Where(id => proposal.Paragraphs.All(p => p.Id != id))
            .Select(id => new FieldProblem($"paragraphs[{id}]", $"names no paragraph of version {proposal.VersionNumber}")));
        if (command.WrittenOn is { } read && (read < 1 || read > proposal.VersionNumber))
            problems.Add(new("written_on_version", $"must be a version of the proposal (1 to {proposal.VersionNumber})"));
        if (command.Title is null && command.Paragraphs.Count == 0) problems.Add(new("paragraphs", "a translation writes the title or at least one paragraph"));
        InvalidInput.ThrowIfAny(problems);

        var translated = new ProposalTranslated(proposal.Id, proposal.SessionId, proposal.VersionNumber + 1, command.Language, command.Title, command.Paragraphs, command.By, now,
            command.WrittenOn ?? proposal.VersionNumber);
        return Consistency.Review(proposal, proposal.Apply(translated), translated);
    }
}

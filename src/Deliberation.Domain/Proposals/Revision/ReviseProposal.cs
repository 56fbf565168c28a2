using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Proposals.Revision;

/// <summary>
/// The author's new version: the body in its new order, each paragraph by id ("" for a new one) with the
/// texts written now; languages not written keep their text, paragraphs left out are deleted.
/// </summary>
public sealed record ReviseProposal(
    Guid ProposalId, IReadOnlyDictionary<string, string> Title, IReadOnlyList<ParagraphText> Paragraphs, Actor By,
    int? ExpectedVersion = null, string? PhaseOverride = null)
{
    public static IReadOnlyList<object> Decide(Proposal? current, Session session, ReviseProposal command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        ProposalRules.RequireAuthor(proposal, command.By);
        ProposalRules.RequireVersion(proposal, command.ExpectedVersion);
        ProposalRules.RequirePhase(session, proposal.AgendaItemId, command.PhaseOverride, Phase.Submission, Phase.Amendment);

        var problems = TextChecks.ForeignLanguages(command.Title, session.Languages, "title").ToList();
        var seen = new HashSet<string>();
        var issued = 0;
        var body = new List<ParagraphText>();
        for (var i = 0; i < command.Paragraphs.Count; i++)
        {
            var paragraph = command.Paragraphs[i];
            problems.AddRange(TextChecks.ForeignLanguages(paragraph.Texts, session.Languages, $"paragraphs[{i}].text"));
            if (paragraph.Id == "")
            {
                if (paragraph.Texts.Count == 0) problems.Add(new($"paragraphs[{i}].text", "a new paragraph needs a text in at least one language"));
                body.Add(paragraph with { Id = proposal.IssueParagraphId(issued++) });
            }
            else if (proposal.Paragraphs.All(p => p.Id != paragraph.Id))
                problems.Add(new($"paragraphs[{i}].paragraph_id", $"names no paragraph of version {proposal.VersionNumber} ('{paragraph.Id}')"));
            else if (!seen.Add(paragraph.Id))
                problems.Add(new($"paragraphs[{i}].paragraph_id", $"names paragraph {paragraph.Id} a second time"));
            else body.Add(paragraph);
        }
        if (command.Paragraphs.Count == 0)
            problems.Add(new("paragraphs", "must have at least one paragraph: the whole body in its new order"));
        if (command.Paragraphs.Count > ProposalLimits.Paragraphs)
            problems.Add(new("paragraphs", $"must be at most {ProposalLimits.Paragraphs} paragraphs"));
        InvalidInput.ThrowIfAny(problems);

        var revised = new ProposalRevised(proposal.Id, proposal.SessionId, proposal.VersionNumber + 1, command.Title, body, command.By, now, command.PhaseOverride);
        return Consistency.Review(proposal, proposal.Apply(revised), revised);
    }
}

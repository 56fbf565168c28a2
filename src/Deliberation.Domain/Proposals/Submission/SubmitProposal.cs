using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Proposals.Submission;

/// <summary>
/// Submit a proposal in the submission phase of the current round (its agenda item becomes the
/// proposal's): a title and paragraphs, each in one or more of the session's working languages.
/// </summary>
public sealed record SubmitProposal(
    Guid ProposalId, Guid SessionId, IReadOnlyDictionary<string, string> Title, IReadOnlyList<IReadOnlyDictionary<string, string>> Paragraphs,
    Actor By, string? PhaseOverride = null)
{
    public static IReadOnlyList<object> Decide(Session? session, SubmitProposal command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        ProposalRules.RequirePhase(session, null, command.PhaseOverride, Phase.Submission);
        InvalidInput.ThrowIfAny([
            .. command.Paragraphs.Count is 0 or > ProposalLimits.Paragraphs
                ? [new FieldProblem("paragraphs", $"must have 1 to {ProposalLimits.Paragraphs} paragraphs")] : Array.Empty<FieldProblem>(),
            .. TextChecks.ForeignLanguages(command.Title, session.Languages, "title"),
            .. command.Paragraphs.SelectMany((p, i) => TextChecks.ForeignLanguages(p, session.Languages, $"paragraphs[{i}].text")),
        ]);
        var agendaItem = session.CurrentRound is { } round ? session.Agenda.First(i => i.Rounds.Any(r => r.Id == round.Id)).Id : (Guid?)null;
        var admission = session.AdmissionRuleFor(agendaItem);
        var submitted = new ProposalSubmitted(
            command.ProposalId, session.Id, agendaItem, session.AuthoritativeLanguage, new LocalizedText(command.Title),
            command.Paragraphs.Select((texts, i) => new ParagraphText($"p{i + 1}", texts)).ToList(), admission, command.By, now, command.PhaseOverride);
        return admission.IsMetBy([]) ? [submitted, new ProposalAdmitted(command.ProposalId, session.Id, now)] : [submitted];
    }
}

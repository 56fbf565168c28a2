using System.Text.Json;
using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Proposals.Translation;
using FsCheck.Xunit;
using static Deliberation.Domain.Tests.Proposals.Room;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>
/// Random sequences of revisions, translations, amendments (on current and stale versions, and on other
/// amendments) and decisions on them: whatever happens, the stream read again gives the same texts.
/// </summary>
public class EditHistoryProperties
{
    private static readonly string[] Words = ["zyrë", "komuna", "gjuhë", "shërbim", "forma", "staff", "office", "dva", "jezika", "30", "ditë"];

    [Property(MaxTest = 150)]
    public void Rereading_the_stream_always_gives_the_same_texts_and_every_version_as_it_was_made(int seed)
    {
        var history = Play(new Random(seed), steps: 30);

        Assert.Equal(Json(history.Stream.State), Json(history.Stream.Reread()));
        foreach (var (version, text) in history.Versions)
            Assert.Equal(text, Text(history.Stream.AtVersion(version)));
    }

    [Property(MaxTest = 150)]
    public void An_amendment_still_to_decide_applies_to_the_current_version_unless_what_it_touches_changed_since(int seed)
    {
        var proposal = Play(new Random(seed), steps: 30).Stream.State;

        foreach (var amendment in proposal.Amendments.Where(a => a.ParentId is null && a.IsUndecided))
        {
            if (amendment.IsConflicting) Assert.NotEmpty(Domain.Proposals.Amendments.Operations.Conflicts(proposal.Paragraphs, amendment.Operations, amendment.BaseVersion));
            else Assert.Equal(proposal.VersionNumber, amendment.BaseVersion);
        }
    }

    [Property(MaxTest = 150)]
    public void A_merged_amendment_wrote_exactly_its_texts_over_paragraphs_unchanged_since_it_was_made(int seed)
    {
        var history = Play(new Random(seed), steps: 30);

        foreach (var (before, amendment, after) in history.Merges)
        {
            Assert.Empty(Domain.Proposals.Amendments.Operations.Conflicts(before.Paragraphs, amendment.Operations, amendment.BaseVersion));
            foreach (var operation in amendment.Operations.Where(o => o.Kind == OperationKind.ReplaceParagraph))
                foreach (var (language, text) in operation.Texts!)
                    Assert.Equal(text, after.Paragraphs.Single(p => p.Id == operation.ParagraphId).Text.In(language));
            foreach (var operation in amendment.Operations.Where(o => o.Kind == OperationKind.DeleteParagraph))
                Assert.DoesNotContain(after.Paragraphs, p => p.Id == operation.ParagraphId);
        }
    }

    private sealed record History(Replay Stream, Dictionary<int, string> Versions, List<(Proposal Before, Amendment Amendment, Proposal After)> Merges);

    private static History Play(Random random, int steps)
    {
        var session = Advanced(InSubmission());
        var stream = new Replay();
        var history = new History(stream, [], []);
        var amenders = new[] { Milan, Drita };
        stream.Append(SubmitProposal.Decide(session, new SubmitProposal(Guid.NewGuid(), session.Id, Texts("Titulli"),
            Enumerable.Range(0, random.Next(1, 5)).Select(_ => (IReadOnlyDictionary<string, string>)Written(random)).ToList(), Arta, PhaseOverride: "test"), Given.Now));
        history.Versions[1] = Text(stream.State);

        for (var step = 0; step < steps; step++)
        {
            var proposal = stream.State;
            var undecided = proposal.Amendments.Where(a => a.IsUndecided).ToList();
            var pick = undecided.Count > 0 ? undecided[random.Next(undecided.Count)] : null;
            try
            {
                var events = random.Next(9) switch
                {
                    0 => ReviseProposal.Decide(proposal, session, new ReviseProposal(proposal.Id, new Dictionary<string, string>(), Revision(random, proposal), Arta), Given.Now),
                    1 => TranslateProposal.Decide(proposal, session, new TranslateProposal(proposal.Id, Languages[random.Next(1, 3)], null,
                        proposal.Paragraphs.Where(_ => random.Next(2) == 0).ToDictionary(p => p.Id, _ => Sentence(random)), Arta), Given.Now),
                    2 or 3 => Amend(random, stream, session, amenders[random.Next(2)], null),
                    4 when pick is { ParentId: null } => Amend(random, stream, session, amenders[random.Next(2)], pick),
                    5 when pick is not null => AcceptAmendment.Decide(proposal, session, new AcceptAmendment(proposal.Id, pick.Id, DeciderOf(proposal, pick)), Given.Now),
                    6 when pick is not null => [DeclineAmendment.Decide(proposal, session, new DeclineAmendment(proposal.Id, pick.Id, null, DeciderOf(proposal, pick)), Given.Now)],
                    7 when pick is { IsConflicting: true } => RebaseAmendment.Decide(proposal, proposal, session,
                        new RebaseAmendment(proposal.Id, pick.Id, proposal.VersionNumber, pick.ParentId is null ? RandomOperations(random, proposal) : SubOperations(random, proposal.FindAmendment(pick.ParentId.Value)!), pick.By), Given.Now),
                    8 when pick is not null => [WithdrawAmendment.Decide(proposal, session, new WithdrawAmendment(proposal.Id, pick.Id, pick.By), Given.Now)],
                    _ => [],
                };
                var after = stream.Append(events);
                if (events.OfType<AmendmentAccepted>().SingleOrDefault() is { Version: not null } accepted)
                    history.Merges.Add((proposal, proposal.FindAmendment(accepted.AmendmentId)!, after));
                if (after.VersionNumber != proposal.VersionNumber) history.Versions[after.VersionNumber] = Text(after);
            }
            catch (Exception e) when (e is RuleViolation or InvalidInput)
            {
                // A refused command appends nothing; the history goes on.
            }
        }
        return history;
    }

    private static IReadOnlyList<object> Amend(Random random, Replay stream, Domain.Sessions.Session session, Actor by, Amendment? parent)
    {
        var proposal = stream.State;
        var baseVersion = random.Next(1, proposal.VersionNumber + 1);
        var atBase = stream.AtVersion(baseVersion);
        var operations = parent is null ? RandomOperations(random, atBase) : SubOperations(random, parent);
        return SubmitAmendment.Decide(proposal, atBase, session,
            new SubmitAmendment(proposal.Id, Guid.NewGuid(), parent?.Id, baseVersion, operations, LocalizedText.Of(("sq", "Arsye")), by), Given.Now);
    }

    private static Actor DeciderOf(Proposal proposal, Amendment amendment) =>
        amendment.ParentId is { } parent ? proposal.FindAmendment(parent)!.By : proposal.Author;

    private static List<AmendmentOperation> RandomOperations(Random random, Proposal atBase) =>
        Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var paragraph = atBase.Paragraphs[random.Next(atBase.Paragraphs.Count)];
            var language = paragraph.Text.Texts.Keys.ElementAt(random.Next(paragraph.Text.Texts.Count));
            var length = CodePoints.Count(paragraph.Text.In(language)!);
            var start = random.Next(length + 1);
            return random.Next(4) switch
            {
                0 => AmendmentOperation.Replace(paragraph.Id, Written(random)),
                1 => AmendmentOperation.Insert(random.Next(3) == 0 ? "" : paragraph.Id, Written(random)),
                2 => AmendmentOperation.Delete(paragraph.Id),
                _ => AmendmentOperation.ReplaceSpan(paragraph.Id, language, start, random.Next(length - start + 1), Sentence(random)),
            };
        }).ToList();

    private static List<AmendmentOperation> SubOperations(Random random, Amendment parent)
    {
        var proposed = parent.ProposedTexts().ToList();
        if (proposed.Count == 0) return [AmendmentOperation.Replace("p1", Written(random))];
        var (id, texts) = proposed[random.Next(proposed.Count)];
        var (language, text) = texts.ElementAt(random.Next(texts.Count));
        var start = random.Next(CodePoints.Count(text) + 1);
        return [random.Next(2) == 0
            ? AmendmentOperation.Replace(id, Written(random))
            : AmendmentOperation.ReplaceSpan(id, language, start, random.Next(CodePoints.Count(text) - start + 1), Sentence(random))];
    }

    private static List<ParagraphText> Revision(Random random, Proposal proposal)
    {
        var kept = proposal.Paragraphs.Where(_ => random.Next(5) > 0).OrderBy(_ => random.Next())
            .Select(p => new ParagraphText(p.Id, random.Next(2) == 0 ? Written(random) : new Dictionary<string, string>())).ToList();
        if (random.Next(3) == 0) kept.Insert(random.Next(kept.Count + 1), new ParagraphText("", Written(random)));
        return kept;
    }

    /// <summary>Texts in Albanian and, now and then, the other languages.</summary>
    private static Dictionary<string, string> Written(Random random) =>
        Languages.Where((_, i) => i == 0 || random.Next(2) == 0).ToDictionary(l => l, _ => Sentence(random));

    private static string Sentence(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private static string Text(Proposal proposal) => Json(new { proposal.Title.Texts, Paragraphs = proposal.Paragraphs.Select(p => new { p.Id, p.Text.Texts }) });

    private static string Json(object value) => JsonSerializer.Serialize(value);
}

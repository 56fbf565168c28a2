using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Proposals.Translation;
using static Deliberation.Domain.Tests.Proposals.Room;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>A translation is current only if it was written on the authoritative text as it now stands.</summary>
public class TranslationStatusTests
{
    private readonly Replay stream = new();
    private readonly Domain.Sessions.Session session;

    public TranslationStatusTests()
    {
        var submitting = InSubmission();
        stream.Append(SubmitProposal.Decide(submitting, new SubmitProposal(Guid.NewGuid(), submitting.Id, Texts("Titulli"),
            [Texts("Zyrat përgjigjen.", "Kancelarije odgovaraju.")], Arta), Given.Now));
        session = Advanced(submitting);
    }

    private int? SerbianOutdatedSince => stream.State.Paragraphs[0].Text.OutdatedSince.TryGetValue("sr-Latn", out var since) ? since : null;

    private void ReviseAlbanian(string text) => stream.Append(ReviseProposal.Decide(stream.State, session,
        new ReviseProposal(stream.State.Id, new Dictionary<string, string>(), [new ParagraphText("p1", Texts(text))], Arta), Given.Now));

    [Fact]
    public void A_translation_made_from_an_older_version_stays_outdated()
    {
        ReviseAlbanian("Zyrat përgjigjen shpejt."); // v2

        stream.Append(TranslateProposal.Decide(stream.State, session, new TranslateProposal(stream.State.Id, "sr-Latn", null,
            new Dictionary<string, string> { ["p1"] = "Kancelarije uvek odgovaraju." }, Arta, WrittenOn: 1), Given.Now));
        Assert.Equal(2, SerbianOutdatedSince);

        stream.Append(TranslateProposal.Decide(stream.State, session, new TranslateProposal(stream.State.Id, "sr-Latn", null,
            new Dictionary<string, string> { ["p1"] = "Kancelarije brzo odgovaraju." }, Arta, WrittenOn: 3), Given.Now));
        Assert.Null(SerbianOutdatedSince);
    }

    [Fact]
    public void An_amendment_to_a_translation_carried_over_a_change_of_the_authoritative_text_leaves_it_outdated()
    {
        var serbian = Guid.NewGuid();
        stream.Append(SubmitAmendment.Decide(stream.State, stream.State, session, new SubmitAmendment(stream.State.Id, serbian, null, 1,
            [AmendmentOperation.Replace("p1", new Dictionary<string, string> { ["sr-Latn"] = "Sve kancelarije odgovaraju." })], LocalizedText.Of(("sq", "Pse")), Milan), Given.Now));
        ReviseAlbanian("Zyrat përgjigjen shpejt."); // v2: the amendment touches only Serbian and is carried forward

        stream.Append(AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, serbian, Arta), Given.Now));

        Assert.Equal("Sve kancelarije odgovaraju.", stream.State.Paragraphs[0].Text.In("sr-Latn"));
        Assert.Equal(2, SerbianOutdatedSince);
    }

    [Fact]
    public void Correcting_a_few_words_of_an_outdated_translation_does_not_make_it_current()
    {
        ReviseAlbanian("Zyrat përgjigjen shpejt."); // v2
        var fix = Guid.NewGuid();
        stream.Append(SubmitAmendment.Decide(stream.State, stream.State, session, new SubmitAmendment(stream.State.Id, fix, null, 2,
            [AmendmentOperation.ReplaceSpan("p1", "sr-Latn", 0, 11, "Kancelarija")], LocalizedText.Of(("sq", "Pse")), Milan), Given.Now));

        stream.Append(AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, fix, Arta), Given.Now));

        Assert.Equal(2, SerbianOutdatedSince);
    }
}

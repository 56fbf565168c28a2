using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Proposals and amendments over gRPC: versions, translations, amendments and their diffs.</summary>
public class ProposalTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static SubmitProposalRequest ThreeParagraphs(string sessionId) => new()
    {
        RequestId = NewId(), SessionId = sessionId,
        Title = Text(("sq", "Shërbime dygjuhëshe"), ("en", "Bilingual services")),
        Paragraphs =
        {
            Text(("sq", "Çdo zyrë komunale përgjigjet në shqip dhe serbisht."), ("en", "Every municipal office answers in Albanian and Serbian.")),
            Text(("sq", "Formularët botohen në të dy gjuhët."), ("en", "Forms are published in both languages.")),
            Text(("sq", "Komuna raporton çdo vit."), ("en", "The municipality reports every year.")),
        },
    };

    private static AmendmentOperation Span(string paragraph, string language, int start, int length, string replacement) =>
        new() { ReplaceSpan = new ReplaceSpan { ParagraphId = paragraph, Language = language, Start = start, Length = length, Replacement = replacement } };

    private static AmendmentOperation Replace(string paragraph, params (string, string)[] texts) =>
        new() { ReplaceParagraph = new ReplaceParagraph { ParagraphId = paragraph, Text = Text(texts) } };

    private async Task<(Room Room, Proposal Proposal)> AmendableAsync()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("arta", ThreeParagraphs(room.SessionId));
        await room.AdvanceAsync();
        return (room, proposal);
    }

    private static Task<AmendmentResponse> AmendAsync(Person by, Proposal proposal, int baseVersion, params AmendmentOperation[] operations) =>
        by.Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = baseVersion, Rationale = Text(("en", "Better")), Operations = { operations },
        }).ResponseAsync;

    [Fact]
    public async Task An_amendment_shows_its_change_word_by_word_and_a_friendly_one_is_merged_as_a_new_version()
    {
        var (room, proposal) = await AmendableAsync();

        var amended = await AmendAsync(room["milan"], proposal, 1, Span("p3", "en", 25, 10, "every six months"));
        var accepted = await room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = amended.Amendment.AmendmentId });
        var current = (await room["milan"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        var first = (await room["milan"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId, Version = 1 })).Proposal;

        var english = amended.Diffs.Single(d => d.Language == "en");
        Assert.Equal(["The municipality reports every ", "year", "six months", "."],
            english.Paragraphs.Single(p => p.ParagraphId == "p3").Words.Select(w => w.Text));
        Assert.Contains("~ p3: The municipality reports every [-year-]{+six months+}.", english.Unified);
        Assert.Equal("every year", amended.Amendment.Operations[0].ReplaceSpan.Original);
        Assert.Equal((AmendmentStatus.Merged, 2), (accepted.Amendment.Status, accepted.Amendment.MergedAtVersion));
        Assert.Equal("The municipality reports every six months.", current.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal("The municipality reports every year.", first.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal((1, 2), (first.Version, first.LatestVersion));
        var sq = current.Translations.Single(t => t.Language == "sq");
        Assert.Equal(TranslationState.Authoritative, sq.State);
        var sr = current.Translations.Single(t => t.Language == "sr-Latn");
        Assert.Equal(TranslationState.Missing, sr.State);
    }
}

using Deliberation.Domain.Proposals.Diffs;

namespace Deliberation.Domain.Tests.Proposals;

public class WordDiffTests
{
    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split()
    {
        var edits = WordDiff.Between("Ok 😀", "Ok 😃");

        Assert.Equal([new WordEdit(EditKind.Equal, "Ok "), new WordEdit(EditKind.Delete, "😀"), new WordEdit(EditKind.Insert, "😃")], edits);
    }

    [Fact]
    public void Texts_too_different_to_compare_word_by_word_are_shown_as_replaced_whole()
    {
        var before = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"a{i}"));
        var after = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"b{i}"));

        var edits = WordDiff.Between(before, after);

        Assert.Equal([new WordEdit(EditKind.Delete, before), new WordEdit(EditKind.Insert, after)], edits);
    }

    [Fact]
    public void A_replaced_word_reads_as_the_old_word_then_the_new()
    {
        Assert.Equal(
            [new WordEdit(EditKind.Equal, "Reports every "), new WordEdit(EditKind.Delete, "year"), new WordEdit(EditKind.Insert, "month"), new WordEdit(EditKind.Equal, ".")],
            WordDiff.Between("Reports every year.", "Reports every month."));
    }
}

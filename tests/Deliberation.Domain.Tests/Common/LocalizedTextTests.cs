using Deliberation.Domain.Common;

namespace Deliberation.Domain.Tests.Common;

public class LocalizedTextTests
{
    [Fact]
    public void Texts_with_the_same_entries_are_equal_whatever_their_order()
    {
        var a = LocalizedText.Of(("sq", "Po"), ("en", "Yes"));
        var b = LocalizedText.Of(("en", "Yes"), ("sq", "Po"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, LocalizedText.Of(("sq", "Po")));
    }

    [Fact]
    public void Knows_which_working_languages_it_is_missing()
    {
        var text = LocalizedText.Of(("sq", "Po"));

        Assert.Equal(["sr-Latn", "sr-Cyrl"], text.MissingFrom(["sq", "sr-Latn", "sr-Cyrl"]));
    }
}

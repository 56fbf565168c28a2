namespace Deliberation.Tally.Tests.Common;

public class LotTests
{
    [Fact]
    public void A_ticket_is_the_sha256_of_seed_newline_option_in_lowercase_hex()
    {
        // printf 'seed\na' | sha256sum
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("seed\na"u8)),
            Lot.Ticket("seed", "a"));
        Assert.Equal(64, Lot.Ticket("seed", "a").Length);
    }

    [Fact]
    public void The_lot_order_is_the_same_whatever_order_the_options_come_in()
    {
        string[] options = ["a", "b", "c", "d", "e"];

        Assert.Equal(Lot.Order("s", options), Lot.Order("s", options.Reverse()));
        Assert.Equal(options.Order(), Lot.Order("s", options).Order());
    }
}

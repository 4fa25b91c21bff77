using Guildhall.Osu.Authentication;

namespace Guildhall.Osu.Tests.Authentication;

public sealed class InMemoryOsuTokenRepositoryTests : OsuTokenRepositoryContract
{
    protected override IOsuTokenRepository CreateRepository() => new InMemoryOsuTokenRepository();

    [Fact]
    public async Task Initial_tokens_are_there_from_the_start()
    {
        var repository = new InMemoryOsuTokenRepository(Owner, [new(9, Token("a"))]);

        AssertSameToken(Token("a"), await repository.GetAsync(Owner, 9));
    }
}

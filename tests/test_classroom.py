"""A class on one server: limits and their messages, fair turns, the name registry, the teacher's login."""

import json

import pytest

from lenet_core.classroom.limits import (
    LimitError,
    Limits,
    check_active_jobs,
    check_architecture,
    check_training,
    load_limits,
    multiply_adds,
    save_limits,
)
from lenet_core.classroom.students import StudentRegistry, is_valid_token, new_token, sanitize_display_name
from lenet_core.classroom.teacher import LoginError, LoginThrottle, check_teacher_password, device_key, teacher_password
from lenet_core.network.architecture import Architecture
from lenet_core.network.config import DEFAULT_STYLES, TrainingConfig

pytestmark = pytest.mark.usefixtures("platform_semantics")  # each test also under Windows' file semantics


class FakeClock:
    """Time that moves only when the test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


# --- Limits -------------------------------------------------------------------------------------


def test_the_books_recipes_fit_the_default_limits():
    check_training(TrainingConfig(dataset="mnist"), Limits())  # 20 epochs x 60,000 images, 1.26 M parameters
    check_training(TrainingConfig(dataset="fashion-mnist", epochs=50, limit=24_000), Limits())


def test_a_huge_model_is_refused_with_its_size_the_limit_and_what_to_change():
    huge = Architecture(conv_filters=(1024, 1024), dense_units=(1024,))
    with pytest.raises(LimitError) as refused:
        check_architecture(huge, Limits())
    message = str(refused.value)
    assert f"{huge.parameter_count():,} parameters" in message
    assert "the class limit is 5,000,000" in message
    assert "Use fewer filters or dense units" in message


def test_a_model_small_in_parameters_but_slow_per_image_is_refused():
    wide = Architecture(conv_filters=(250, 250, 250), dense_units=())
    assert wide.parameter_count() < Limits().max_parameters
    assert multiply_adds(wide) > 50_000_000
    with pytest.raises(LimitError, match=r"multiply-adds per image; the class limit is 50,000,000\. Use fewer"):
        check_architecture(wide, Limits())


def test_multiply_adds_of_the_books_lenet():
    # conv1 28*28*25*20 + conv2 14*14*25*20*50 + dense 2450*500 + 500*10, counted by hand
    assert multiply_adds(Architecture()) == 392_000 + 4_900_000 + 1_225_000 + 5_000


def test_too_much_work_says_how_many_epochs_or_images_fit():
    with pytest.raises(LimitError) as refused:
        check_training(TrainingConfig(dataset="fashion-mnist", epochs=50), Limits())
    message = str(refused.value)
    assert "50 epochs x 60,000 training images = 3,000,000; the class limit is 1,240,000" in message
    assert "at most 20 epochs on 60,000 images" in message and "at most 24,800 training images" in message


def test_the_book_recipe_with_the_styled_digits_fits_the_default_limits():
    check_training(TrainingConfig(epochs=20, styles=DEFAULT_STYLES), Limits())  # the Train page's checkbox
    with pytest.raises(LimitError, match="besides the 4,000 added ones"):
        check_training(TrainingConfig(epochs=20, styles=2 * DEFAULT_STYLES), Limits())


def test_too_many_epochs_are_refused_even_on_few_images():
    with pytest.raises(LimitError, match="200 epochs asked; the class limit is 50. Use fewer epochs."):
        check_training(TrainingConfig(epochs=200, limit=500), Limits())


def test_a_second_active_job_is_refused_with_the_limit():
    check_active_jobs(0, Limits())
    with pytest.raises(LimitError, match="You already have 1 job running or queued; the class limit is 1 at a time"):
        check_active_jobs(1, Limits())
    check_active_jobs(1, Limits(max_active_jobs_per_student=2))


def test_limit_errors_are_value_errors_so_pages_show_them_like_other_refusals():
    assert issubclass(LimitError, ValueError)


def test_teacher_limits_persist_and_defaults_apply_without_a_file(tmp_path):
    assert load_limits(tmp_path) == Limits()
    save_limits(Limits(max_parameters=2_000_000, max_work=600_000), tmp_path)
    assert load_limits(tmp_path) == Limits(max_parameters=2_000_000, max_work=600_000)
    assert [path.name for path in tmp_path.iterdir()] == ["limits.json"]  # no temporary file left


@pytest.mark.parametrize(
    "field, value", [("max_parameters", 0), ("max_epochs", 10_000), ("max_work", "many"), ("max_epochs", True)]
)
def test_out_of_bounds_limits_are_refused_with_the_allowed_range(field, value):
    with pytest.raises(ValueError, match="must be a whole number from"):
        Limits(**{field: value})


def test_a_damaged_limits_file_falls_back_to_the_defaults(tmp_path):
    (tmp_path / "limits.json").write_text("{broken")
    with pytest.warns(UserWarning, match="using the default class limits"):
        assert load_limits(tmp_path) == Limits()
    (tmp_path / "limits.json").write_text(json.dumps({"max_epochs": -3}))
    with pytest.warns(UserWarning):
        assert load_limits(tmp_path) == Limits()


def test_limits_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("LENET_CLASSROOM_DIR", str(tmp_path / "class"))
    save_limits(Limits(max_epochs=5))
    assert json.loads((tmp_path / "class" / "limits.json").read_text())["max_epochs"] == 5
    assert load_limits().max_epochs == 5


# --- Fair turns ---------------------------------------------------------------------------------


def test_tokens_are_random_and_well_formed():
    first, second = new_token(), new_token()
    assert first != second and is_valid_token(first) and is_valid_token(second)
    assert not is_valid_token("") and not is_valid_token(None) and not is_valid_token("short")
    assert not is_valid_token("x" * 22 + "<b>")


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("  Ada   Lovelace ", "Ada Lovelace"),
        ("**bold**", "**bold**"),  # stored as typed; every page shows it literally
        ("../../etc", "../../etc"),  # never a path
        ("x" * 100, "x" * 40),
        ("tab\tnew\nline", "tab new line"),
    ],
)
def test_display_names_are_sanitised(typed, shown):
    assert sanitize_display_name(typed) == shown


def test_an_empty_display_name_is_refused():
    with pytest.raises(ValueError, match="Type a name with at least one letter or digit"):
        sanitize_display_name(" / ")


def test_registry_remembers_names_by_token_and_renames(tmp_path):
    registry = StudentRegistry(tmp_path)
    ada, bob = new_token(), new_token()
    assert registry.name_of(ada) == ""
    assert registry.set_name(ada, " Ada ") == "Ada"
    registry.set_name(bob, "Bob")
    registry.set_name(ada, "Ada L.")
    assert StudentRegistry(tmp_path).names() == {ada: "Ada L.", bob: "Bob"}
    assert [path.name for path in tmp_path.iterdir()] == ["students.json"]


def test_registry_refuses_a_malformed_token_and_survives_a_damaged_file(tmp_path):
    registry = StudentRegistry(tmp_path)
    with pytest.raises(ValueError, match="token is malformed"):
        registry.set_name("abc", "Ada")
    (tmp_path / "students.json").write_text("[not json")
    with pytest.warns(UserWarning):
        assert registry.names() == {}


# --- The teacher --------------------------------------------------------------------------------


def test_teacher_password_comes_from_the_environment_before_the_secrets_file(monkeypatch):
    monkeypatch.delenv("LENET_TEACHER_PASSWORD", raising=False)
    assert teacher_password() is None and teacher_password("  ") is None
    assert teacher_password("from secrets") == "from secrets"
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", "from env")
    assert teacher_password("from secrets") == "from env"


def test_no_configured_password_means_no_teacher():
    with pytest.raises(LoginError, match="No teacher password is configured"):
        check_teacher_password("anything", None, "student", LoginThrottle())


def test_right_password_passes_and_wrong_one_says_so():
    throttle = LoginThrottle(clock=FakeClock())
    check_teacher_password("s3cret", "s3cret", "teacher", throttle)
    with pytest.raises(LoginError, match=r"^Wrong teacher password\.$"):
        check_teacher_password("guess", "s3cret", "student", throttle)


def test_repeated_failures_wait_twice_as_long_each_time():
    clock = FakeClock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(2):
        with pytest.raises(LoginError, match=r"^Wrong teacher password\.$"):
            check_teacher_password("guess", "s3cret", "eve", throttle)
    with pytest.raises(LoginError, match="Wait 2 s before the next try"):  # the third failure
        check_teacher_password("guess", "s3cret", "eve", throttle)
    # Even the right password is not checked while the wait lasts.
    with pytest.raises(LoginError, match="Too many wrong passwords. Try again in 2 s."):
        check_teacher_password("s3cret", "s3cret", "eve", throttle)
    clock.now += 2
    with pytest.raises(LoginError, match="Wait 4 s"):
        check_teacher_password("guess", "s3cret", "eve", throttle)
    clock.now += 4
    check_teacher_password("s3cret", "s3cret", "eve", throttle)
    assert throttle.wait_seconds("eve") == 0  # a success forgives the identity's failures


def test_new_identities_on_one_device_do_not_escape_its_throttle():
    clock = FakeClock()
    throttle = LoginThrottle(clock=clock)
    laptop = device_key("192.168.1.23", new_token())
    for _ in range(3):
        with pytest.raises(LoginError):
            check_teacher_password("guess", "s3cret", laptop, throttle)
    # A new tab (a new token) on the same laptop is the same device.
    assert device_key("192.168.1.23", new_token()) == laptop
    with pytest.raises(LoginError, match="Too many wrong passwords. Try again in 2 s."):
        check_teacher_password("guess", "s3cret", device_key("192.168.1.23", new_token()), throttle)
    # Where Streamlit knows no address (a browser on the server machine), the token counts.
    assert device_key(None, "abc") != device_key(None, "xyz")


def test_a_classmates_guesses_never_lock_the_teacher_out_and_the_teacher_can_reset_them():
    clock = FakeClock()
    throttle = LoginThrottle(clock=clock)
    for number in range(14):  # 14 wrong passwords from new tabs: 28 guesses an hour kept her out all hour
        with pytest.raises(LoginError):
            check_teacher_password("guess", "s3cret", device_key("192.168.1.66", f"tab-{number}"), throttle)
    teacher = device_key("192.168.1.10", new_token())
    check_teacher_password("s3cret", "s3cret", teacher, throttle)  # at once, first try
    assert throttle.wait_seconds(device_key("192.168.1.66", "any")) > 0  # the guesser still waits
    throttle.reset()
    assert throttle.wait_seconds(device_key("192.168.1.66", "any")) == 0


def test_waits_are_capped():
    clock = FakeClock()
    throttle = LoginThrottle(max_wait_seconds=300, clock=clock)
    for _ in range(40):
        throttle.failed("eve")
    assert throttle.wait_seconds("eve") == 300


def test_new_identities_are_limited_per_device_and_hour_and_old_ones_cost_nothing():
    from lenet_core.classroom.limits import LimitError
    from lenet_core.classroom.students import IdentityLimiter, new_token
    from lenet_core.classroom.teacher import device_key

    now = [0.0]
    limiter = IdentityLimiter(clock=lambda: now[0])
    laptop = device_key("192.168.1.66", "x")
    first, second, third = new_token(), new_token(), new_token()
    limiter.admit(laptop, first, limit=2)
    limiter.admit(laptop, second, limit=2)
    limiter.admit(laptop, first, limit=2)  # a reload of one it has: free
    refusal = r"started 2 new identities in the last hour; the class limit is 2 .*wait 60 min"
    with pytest.raises(LimitError, match=refusal):
        limiter.admit(laptop, third, limit=2)
    limiter.admit(laptop, third, limit=2, known=lambda token: token == third)  # the class knows her name
    limiter.admit(device_key("192.168.1.10", "x"), new_token(), limit=2)  # another laptop
    limiter.admit(device_key(None, "y"), new_token(), limit=0)  # the server's own machine: not limited
    now[0] = 3_600.0  # an hour later the first two have aged out
    limiter.admit(laptop, new_token(), limit=2)

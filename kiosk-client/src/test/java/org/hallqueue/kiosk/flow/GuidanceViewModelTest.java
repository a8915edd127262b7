package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;
import org.junit.jupiter.api.Test;

/** The questions, the service list and the result, against an in-memory server. */
class GuidanceViewModelTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());
  private final GuidanceViewModel guidance = kiosk.vm.guidance();

  @Test
  void shouldStartAtTheFirstQuestionInTheChosenLanguage() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);

    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
    assertThat(guidance.questionProperty().get().id()).isEqualTo("q1");
    assertThat(guidance.stepProperty().get()).isEqualTo(1);
    assertThat(kiosk.vm.accessibility().text(guidance.questionProperty().get().text()))
        .isEqualTo("What brings you here today?");
  }

  @Test
  void shouldCountTheStepsForwardAndBackThenReturnToTheStart() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.answer(0);
    assertThat(guidance.questionProperty().get().id()).isEqualTo("q2");
    assertThat(guidance.stepProperty().get()).isEqualTo(2);

    kiosk.vm.back();
    assertThat(guidance.questionProperty().get().id()).isEqualTo("q1");
    assertThat(guidance.stepProperty().get()).isEqualTo(1);

    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(guidance.questionProperty().get()).isNull();
    assertThat(kiosk.vm.accessibility().langProperty().get()).isEqualTo(Lang.ZH_CN);
  }

  @Test
  void shouldEndInAServiceWithItsDocumentsAndOnlineAlternative() {
    kiosk.vm.welcome().chooseLanguage(Lang.ZH_CN);
    guidance.answer(0);
    guidance.answer(0);

    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    assertThat(guidance.serviceProperty().get()).isEqualTo(Catalogs.PENSION);
    assertThat(guidance.serviceProperty().get().documents()).hasSize(2);
    assertThat(guidance.serviceProperty().get().online()).isPresent();
    assertThat(guidance.outcomeProperty().get().kind()).isEqualTo(Catalog.OutcomeKind.SERVICE);
  }

  @Test
  void shouldEndWithoutATicketWhenTheAnswerSendsTheVisitorToStaff() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.answer(2);

    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    assertThat(guidance.outcomeProperty().get().kind()).isEqualTo(Catalog.OutcomeKind.STAFF);
    assertThat(guidance.serviceProperty().get()).isNull();
    guidance.takeTicket();
    assertThat(kiosk.screen()).as("no service, no ticket").isEqualTo(Screen.RESULT);

    guidance.done();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(guidance.outcomeProperty().get()).isNull();
  }

  @Test
  void shouldLetAVisitorWhoKnowsPickAServiceAndGoBackToTheList() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.showServices();
    guidance.chooseService("B");

    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    assertThat(guidance.outcomeProperty().get()).as("picked, not guided").isNull();
    assertThat(guidance.serviceProperty().get().code()).isEqualTo("B");
    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.SERVICES);
    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
  }

  @Test
  void shouldShowTheServiceListWhenThereAreNoQuestions() {
    TestKiosk plain = TestKiosk.started(Catalogs.withoutGuidance());

    plain.vm.welcome().chooseLanguage(Lang.EN);

    assertThat(plain.screen()).isEqualTo(Screen.SERVICES);
    assertThat(plain.vm.guidance().questionProperty().get()).isNull();
  }

  @Test
  void shouldFollowANewDescriptionOfTheServiceOnScreenAndKeepOneThatWasRemoved() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.showServices();
    guidance.chooseService("A");
    Catalog.Service renamed =
        new Catalog.Service(
            "A",
            Text.of("养老金领取", "Pension payments"),
            Catalogs.PENSION.description(),
            Catalogs.PENSION.documents(),
            Catalogs.PENSION.online(),
            "zone-a");

    kiosk.server.change(Catalogs.withServices(Catalogs.office(), renamed, Catalogs.MEDICAL));
    kiosk.vm.connection().reloadCatalog();
    assertThat(guidance.serviceProperty().get().name().en()).isEqualTo("Pension payments");

    kiosk.server.change(Catalogs.withServices(Catalogs.office(), Catalogs.MEDICAL));
    kiosk.vm.connection().reloadCatalog();
    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    assertThat(guidance.serviceProperty().get().name().en())
        .as("what the visitor reads stays")
        .isEqualTo("Pension payments");
  }

  @Test
  void shouldIgnoreATouchOnAServiceThatIsGone() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.showServices();
    kiosk.server.change(Catalogs.withServices(Catalogs.office(), Catalogs.MEDICAL));
    kiosk.vm.connection().reloadCatalog();

    guidance.chooseService("A");

    assertThat(kiosk.screen()).isEqualTo(Screen.SERVICES);
    assertThat(guidance.serviceProperty().get()).isNull();
  }

  @Test
  void shouldLetAVisitorAnswerAQuestionRemovedMeanwhile() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    guidance.answer(0);
    kiosk.server.change(
        new Catalog(
            Catalogs.office().services(),
            Catalogs.LANES,
            Catalogs.guidance(Catalogs.FIRST),
            java.util.Optional.empty()));
    kiosk.vm.connection().reloadCatalog();

    assertThat(guidance.questionProperty().get().id())
        .as("the question on screen stays")
        .isEqualTo("q2");
    guidance.answer(0);
    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    assertThat(guidance.serviceProperty().get().code()).isEqualTo("A");
  }
}

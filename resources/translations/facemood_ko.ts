<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="95" />
      <source>About FaceMood</source>
      <translation>FaceMood 정보</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="114" />
      <source>Plays music from your own library that fits the mood your face shows. Everything runs on this computer; nothing is sent anywhere and only the photos you capture are stored.</source>
      <translation>얼굴에 드러난 기분에 맞는 음악을 내 음악 보관함에서 골라 들려줍니다. 모든 처리는 이 컴퓨터에서 이루어지며, 어디에도 전송되지 않고 직접 찍은 사진만 저장됩니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="120" />
      <source>Emotion model</source>
      <translation>감정 모델</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="126" />
      <source>Model card not found.</source>
      <translation>모델 카드를 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="128" />
      <source>Bundled photos and models</source>
      <translation>함께 제공되는 사진과 모델</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="137" />
      <source>Libraries</source>
      <translation>라이브러리</translation>
    </message>
  </context>
  <context>
    <name>CrashReports</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="158" />
      <source>Crash reports</source>
      <translation>오류 보고서</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="160" />
      <source>No new crash reports.</source>
      <translation>새 오류 보고서가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="164" />
      <source>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</source>
      <translation>지난번에 FaceMood가 예기치 않게 종료되었습니다. 오류 보고서 {n}개가 저장되었습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="170" />
      <source>The report stays on this computer. Please attach it when you report the problem.</source>
      <translation>보고서는 이 컴퓨터에만 있습니다. 문제를 알릴 때 첨부해 주세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="181" />
      <source>Open folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="184" />
      <source>Dismiss</source>
      <translation>닫기</translation>
    </message>
  </context>
  <context>
    <name>Emotion</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="17" />
      <source>angry</source>
      <translation>화남</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="18" />
      <source>disgusted</source>
      <translation>역겨움</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="19" />
      <source>afraid</source>
      <translation>두려움</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="20" />
      <source>happy</source>
      <translation>행복</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="21" />
      <source>sad</source>
      <translation>슬픔</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="22" />
      <source>surprised</source>
      <translation>놀람</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="23" />
      <source>neutral</source>
      <translation>무표정</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="202" />
      <source>Choose folder…</source>
      <translation>폴더 선택…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="203" />
      <source>Rescan</source>
      <translation>다시 검색</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="204" />
      <source>Cancel scan</source>
      <translation>검색 취소</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="205" />
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Mood</source>
      <translation>분위기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="205" />
      <location filename="../../facemood/gui/library_panel.py" line="210" />
      <source>Tracks</source>
      <translation>곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Artist</source>
      <translation>아티스트</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <location filename="../../facemood/gui/library_panel.py" line="209" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="209" />
      <source>Reason</source>
      <translation>이유</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="211" />
      <source>Tracks per mood</source>
      <translation>분위기별 곡 수</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="212" />
      <source>Skipped files</source>
      <translation>건너뛴 파일</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="213" />
      <source>Tag selected tracks as</source>
      <translation>선택한 곡의 분위기 태그:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="214" />
      <source>Write tag</source>
      <translation>태그 쓰기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Music folder: {path}</source>
      <translation>음악 폴더: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="234" />
      <source>Scanning…</source>
      <translation>검색 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="242" />
      <source>{done} of {total} files</source>
      <translation>파일 {total}개 중 {done}개</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="258" />
      <source>{tracks} tracks, {skipped} skipped</source>
      <translation>곡 {tracks}개, 건너뜀 {skipped}개</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="262" />
      <source>(cancelled)</source>
      <translation>(취소됨)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="297" />
      <source>Select tracks first.</source>
      <translation>먼저 곡을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="303" />
      <source>{n} files tagged.</source>
      <translation>파일 {n}개에 태그를 썼습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="305" />
      <source>{n} failed: {why}</source>
      <translation>{n}개 실패: {why}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="380" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="381" />
      <source>Live</source>
      <translation>실시간</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="382" />
      <source>Library</source>
      <translation>보관함</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="383" />
      <source>Mood over the last minutes</source>
      <translation>최근 몇 분간의 기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="385" />
      <source>Your mood</source>
      <translation>지금 기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="386" />
      <source>Emotions (thick: smoothed, thin: this frame)</source>
      <translation>감정 (굵은 막대: 평균, 얇은 막대: 현재 프레임)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="387" />
      <source>Now playing</source>
      <translation>재생 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="388" />
      <source>Up next in this mood</source>
      <translation>이 분위기의 다음 곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="390" />
      <source>Analysis paused — the camera is off.
Resume with File ▸ Resume analysis.</source>
      <translation>분석이 일시 정지되었습니다 — 카메라가 꺼져 있습니다.
파일 ▸ 분석 다시 시작으로 재개하세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="392" />
      <source>Music:</source>
      <translation>음악:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="393" />
      <source>follow my face</source>
      <translation>내 얼굴 따라가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="396" />
      <source>Resume auto</source>
      <translation>자동으로 돌아가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="397" />
      <source>Back to camera</source>
      <translation>카메라로 돌아가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="398" />
      <source>When neutral, play:</source>
      <translation>무표정일 때 재생:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="400" />
      <source>calm</source>
      <translation>차분한 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="401" />
      <source>energetic (focus)</source>
      <translation>활기찬 음악 (집중)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="402" />
      <source>keep current</source>
      <translation>지금 음악 유지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="412" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="413" />
      <source>&amp;Open video or photo…</source>
      <translation>동영상 또는 사진 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="414" />
      <source>&amp;Camera</source>
      <translation>카메라(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="416" />
      <source>Resume analysis</source>
      <translation>분석 다시 시작</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="418" />
      <source>&amp;Pause analysis</source>
      <translation>분석 일시 정지(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="420" />
      <source>&amp;Capture photo</source>
      <translation>사진 찍기(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="421" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="422" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="423" />
      <source>&amp;Mood</source>
      <translation>기분(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="424" />
      <source>&amp;Teach it your face…</source>
      <translation>내 얼굴 알려주기(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="683" />
      <source>Start the camera to teach it your face</source>
      <translation>내 얼굴을 알려주려면 카메라를 켜세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="694" />
      <source>FaceMood now knows your face</source>
      <translation>이제 FaceMood가 내 얼굴을 압니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="700" />
      <source>What you taught was removed</source>
      <translation>알려준 내용을 지웠습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="425" />
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="426" />
      <source>System language</source>
      <translation>시스템 언어</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="429" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="430" />
      <source>&amp;About FaceMood</source>
      <translation>FaceMood 정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="431" />
      <source>Crash reports…</source>
      <translation>오류 보고서…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="472" />
      <source>Open a video or photo</source>
      <translation>동영상 또는 사진 열기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="474" />
      <source>Videos and photos ({patterns});;All files (*)</source>
      <translation>동영상과 사진 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="493" />
      <source>Looking for cameras…</source>
      <translation>카메라를 찾는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="496" />
      <source>No camera found</source>
      <translation>카메라를 찾을 수 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="499" />
      <location filename="../../facemood/gui/main_window.py" line="533" />
      <source>Camera {n}</source>
      <translation>카메라 {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="504" />
      <source>Search again</source>
      <translation>다시 찾기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="535" />
      <source>starting</source>
      <translation>시작하는 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="536" />
      <source>running</source>
      <translation>실행 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="537" />
      <source>no camera, retrying</source>
      <translation>카메라 없음, 다시 시도 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="538" />
      <source>ended</source>
      <translation>끝남</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="539" />
      <source>paused</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="540" />
      <source>failed</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="570" />
      <source>{fps:.0f} fps</source>
      <translation>{fps:.0f} fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="572" />
      <source>analysis {ms:.1f} ms</source>
      <translation>분석 {ms:.1f} ms</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="575" />
      <source>- fps</source>
      <translation>- fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="586" />
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="629" />
      <source>Nothing to capture yet</source>
      <translation>아직 찍을 화면이 없습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="640" />
      <source>Saved {path}</source>
      <translation>저장했습니다: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="714" />
      <source>Choose your music folder</source>
      <translation>음악 폴더 선택</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="740" />
      <source>Library: {n} tracks</source>
      <translation>보관함: {n}곡</translation>
    </message>
  </context>
  <context>
    <name>Message</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="43" />
      <source>You look angry</source>
      <translation>화가 난 것 같아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="44" />
      <source>You look disgusted</source>
      <translation>불쾌해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="45" />
      <source>You look worried</source>
      <translation>걱정스러워 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="46" />
      <source>You look happy</source>
      <translation>행복해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="47" />
      <source>You look sad</source>
      <translation>슬퍼 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="48" />
      <source>You look surprised</source>
      <translation>놀란 것 같아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="49" />
      <source>You look relaxed</source>
      <translation>편안해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="57" />
      <source>here is something to keep you smiling</source>
      <translation>계속 웃을 수 있는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="60" />
      <source>here is something that understands</source>
      <translation>마음을 알아주는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="61" />
      <source>here is something to calm you down</source>
      <translation>마음을 가라앉혀 줄 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="62" />
      <source>here is something with energy</source>
      <translation>힘이 나는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="63" />
      <source>here is something loud to let it out</source>
      <translation>속이 시원해지는 강렬한 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="76" />
      <source>Looking for your face…</source>
      <translation>얼굴을 찾는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="79" />
      <source>You chose {mood} music</source>
      <translation>{mood} 음악을 직접 고르셨어요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="84" />
      <source>{look} — {offer}</source>
      <translation>{look} — {offer}</translation>
    </message>
  </context>
  <context>
    <name>MoodTimeline</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="146" />
      <source>seconds ago</source>
      <translation>초 전</translation>
    </message>
  </context>
  <context>
    <name>MusicMood</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="31" />
      <source>happy</source>
      <translation>행복한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="32" />
      <source>sad</source>
      <translation>슬픈</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="33" />
      <source>calm</source>
      <translation>차분한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="34" />
      <source>energetic</source>
      <translation>활기찬</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="35" />
      <source>aggressive</source>
      <translation>격렬한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="37" />
      <source>untagged</source>
      <translation>태그 없음</translation>
    </message>
  </context>
  <context>
    <name>NoCameraPanel</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="178" />
      <source>No camera</source>
      <translation>카메라 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="178" />
      <source>Nothing to show</source>
      <translation>표시할 화면 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="179" />
      <source>No camera was found, or it was lost.</source>
      <translation>카메라를 찾지 못했거나 연결이 끊겼습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="180" />
      <source>Trying again in the background…</source>
      <translation>백그라운드에서 다시 시도하는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="182" />
      <source>Open a video or photo…</source>
      <translation>동영상 또는 사진 열기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="183" />
      <source>Try again now</source>
      <translation>지금 다시 시도</translation>
    </message>
  </context>
  <context>
    <name>NowPlaying</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="130" />
      <source>Previous track</source>
      <translation>이전 곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="131" />
      <source>Play / pause</source>
      <translation>재생 / 일시 정지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="132" />
      <source>Next track</source>
      <translation>다음 곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="133" />
      <source>♥ Like</source>
      <translation>♥ 좋아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="134" />
      <source>Play this more often in this mood</source>
      <translation>이 분위기에서 이 곡을 더 자주 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="135" />
      <source>Play less</source>
      <translation>덜 듣기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="137" />
      <source>Skip to another song and play this one less often in this mood</source>
      <translation>다른 노래로 넘어가고 이 분위기에서 이 노래를 덜 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="139" />
      <source>Volume</source>
      <translation>음량</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="146" />
      <source>Nothing playing</source>
      <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="152" />
      <source>Unknown artist</source>
      <translation>알 수 없는 아티스트</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="153" />
      <source>Mood: {mood}</source>
      <translation>분위기: {mood}</translation>
    </message>
  </context>
  <context>
    <name>PreviewWidget</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="87" />
      <source>No picture yet</source>
      <translation>아직 화면이 없습니다</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="37" />
      <source>Camera</source>
      <translation>카메라</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="38" />
      <source>Several faces</source>
      <translation>얼굴이 여러 개일 때</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="39" />
      <source>Face detector</source>
      <translation>얼굴 검출기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="40" />
      <source>Smoothing window (s)</source>
      <translation>평균 구간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="41" />
      <source>Sensitivity margin (hysteresis)</source>
      <translation>민감도 여유 (히스테리시스)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="44" />
      <source>Minimum time per mood (s)</source>
      <translation>기분 최소 유지 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="45" />
      <source>Confidence floor</source>
      <translation>최소 신뢰도</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="46" />
      <source>Away after (s)</source>
      <translation>자리 비움 판단 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="47" />
      <source>Your face</source>
      <translation>내 얼굴</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="48" />
      <source>Learn my resting face as I go</source>
      <translation>쉬는 얼굴을 사용하면서 익히기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="51" />
      <source>Follow my own face (0-1)</source>
      <translation>내 얼굴 기준으로 읽기 (0-1)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="54" />
      <source>Time to learn a new face (s)</source>
      <translation>새 얼굴을 익히는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="57" />
      <source>Catch up with a relaxed face (s)</source>
      <translation>편안한 얼굴을 따라가는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="60" />
      <source>Adapt to my resting face (s)</source>
      <translation>쉬는 얼굴에 적응하는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="63" />
      <source>Music folder</source>
      <translation>음악 폴더</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="64" />
      <source>Music strategy</source>
      <translation>음악 선택 방식</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="65" />
      <source>Custom mapping</source>
      <translation>직접 지정</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="66" />
      <source>When neutral, play</source>
      <translation>무표정일 때 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="67" />
      <source>On a mood change</source>
      <translation>기분이 바뀌면</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="68" />
      <source>Fade (s)</source>
      <translation>페이드 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="69" />
      <source>Volume</source>
      <translation>음량</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="70" />
      <source>Audio output</source>
      <translation>오디오 출력</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="71" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="72" />
      <source>Capture folder</source>
      <translation>사진 저장 폴더</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="80" />
      <source>follow the largest face</source>
      <translation>가장 큰 얼굴 따라가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="83" />
      <source>average all faces</source>
      <translation>모든 얼굴의 평균</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="86" />
      <source>match my mood</source>
      <translation>내 기분에 맞추기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="87" />
      <source>lift my mood</source>
      <translation>기분 끌어올리기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="88" />
      <source>my own mapping</source>
      <translation>직접 지정한 대응표</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="91" />
      <source>calm music</source>
      <translation>차분한 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="94" />
      <source>energetic music (focus)</source>
      <translation>활기찬 음악 (집중)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="97" />
      <source>keep the current music</source>
      <translation>지금 음악 유지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="100" />
      <source>fade to new music now</source>
      <translation>바로 새 음악으로 페이드</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="103" />
      <source>switch when the track ends</source>
      <translation>곡이 끝나면 바꾸기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="106" />
      <source>system language</source>
      <translation>시스템 언어</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="116" />
      <source>Camera and faces</source>
      <translation>카메라와 얼굴</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="117" />
      <source>Mood</source>
      <translation>기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="118" />
      <source>Music</source>
      <translation>음악</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="119" />
      <source>Window</source>
      <translation>창</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="129" />
      <source>Browse…</source>
      <translation>찾아보기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="138" />
      <source>Choose a folder</source>
      <translation>폴더 선택</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="154" />
      <source>(strategy default)</source>
      <translation>(방식 기본값)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="178" />
      <source>Teach it your face…</source>
      <translation>내 얼굴 알려주기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="192" />
      <source>taught</source>
      <translation>알려줌</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="194" />
      <source>not taught</source>
      <translation>알려주지 않음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="180" />
      <source>Reset</source>
      <translation>초기화</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="210" />
      <source>FaceMood settings</source>
      <translation>FaceMood 설정</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="272" />
      <location filename="../../facemood/gui/settings_dialog.py" line="276" />
      <source>(default)</source>
      <translation>(기본값)</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="52" />
      <source>Teach it your face</source>
      <translation>내 얼굴 알려주기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="58" />
      <source>Taught on {date}.</source>
      <translation>{date}에 알려주었습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="60" />
      <source>Not taught yet: moods are read from how your face changes.</source>
      <translation>아직 알려주지 않았습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="65" />
      <source>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</source>
      <translation>평소처럼 앉아 카메라를 보세요. FaceMood가 쉬는 얼굴과 웃는 얼굴을 몇 초씩 기록해 내 얼굴이 어떻게 표현하는지 익힙니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="72" />
      <source>Also a {expression} face</source>
      <translation>{expression} 얼굴도</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="84" />
      <source>Start</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="85" />
      <source>Remove what I taught</source>
      <translation>알려준 내용 지우기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="140" />
      <source>{what} — recording in {n}…</source>
      <translation>{what} — {n}초 뒤 기록…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="152" />
      <source>{what} — recording, hold it…</source>
      <translation>{what} — 기록 중, 그대로 있으세요…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="158" />
      <source>Record again</source>
      <translation>다시 기록</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="162" />
      <source>That did not work</source>
      <translation>잘되지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="166" />
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="169" />
      <source>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</source>
      <translation>기록한 프레임 중 뜻대로 읽힌 비율: 전 {before:.0%}, 익힌 뒤 {after:.0%}. 저장하면 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="183" />
      <source>Removed: moods are read from how your face changes.</source>
      <translation>지웠습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="200" />
      <source>Relax your face</source>
      <translation>얼굴의 힘을 빼세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="201" />
      <source>Smile</source>
      <translation>웃어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="202" />
      <source>Look sad</source>
      <translation>슬픈 표정을 지어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="203" />
      <source>Look surprised</source>
      <translation>놀란 표정을 지어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="204" />
      <source>Look angry</source>
      <translation>화난 표정을 지어 보세요</translation>
    </message>
  </context>
</TS>